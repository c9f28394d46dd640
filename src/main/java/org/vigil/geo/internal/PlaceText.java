package org.vigil.geo.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.vigil.geo.PlaceKind;

/**
 * What a written place name says, taken apart: "Shengyang city of Lioaning province" is the
 * segments "Shengyang city" (a city) and "Lioaning province" (a division); "吉林省和龙市" is
 * "吉林省" and "和龙市"; "Yanji, Jilin, China" three segments. Any run of words of a segment may
 * be the place itself ({@link #readings}); the rest is its context.
 */
final class PlaceText {

	/** One part of the text, with what its generic word says it is (or {@code null}). */
	record Segment(String text, List<String> words, PlaceKind kind) {
	}

	/**
	 * One way to read the text: this is the place's name, and these pieces are its context.
	 * {@code leading} marks the reading whose name comes where the place usually stands: first in
	 * "Nanping, Helong", last in "吉林省和龙市" (Chinese and Korean go from the larger to the smaller).
	 */
	record Reading(String name, PlaceKind kind, List<String> context, boolean leading) {
	}

	private static final Pattern SEPARATORS = Pattern.compile("[,;/|()\\[\\]（），、；]+");

	/** Words that join a place to its context or to the sentence around it. */
	private static final Pattern CONNECTORS = Pattern.compile(
			"(?iu)\\s+(?:of|in|near|at|outside|around|from|to|by|close to|north of|south of|east of|west of)\\s+");

	private static final Set<String> LEADING_WORDS = Set.of("the", "near", "in", "at", "outside", "around", "city", "province",
			"county", "town", "village", "of");

	/** After these, a Chinese or Korean text goes on with a smaller unit: 吉林省|延边朝鲜族自治州|和龙市. */
	private static final Pattern CJK_UNIT_END = Pattern.compile("(?<=省|自治区|自治區|自治州|特别行政区)(?=[\\p{IsHan}\\p{IsHangul}])");

	/** Whitespace between the words of a unit. */
	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** Punctuation at either end of a word; an apostrophe at the end stays (romanisations use it as a letter). */
	private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}“”‘’«»]+|[\\p{Punct}“”‘’«»&&[^'’]]+$");

	/** Korean particles after a place name: 화룡시에서 (in Helong), 도문으로 (to Tumen). */
	private static final List<String> KOREAN_PARTICLES = List.of("에서", "으로", "까지", "부터", "에", "로", "의");

	/** The most words a segment may have for its runs to be tried as names. */
	private static final int MAX_WORDS_FOR_RUNS = 6;

	private static final int MAX_RUN = 4;

	private PlaceText() {
	}

	static List<Segment> segments(String text) {
		String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		List<Segment> segments = new ArrayList<>();
		for (String part : SEPARATORS.split(normal)) {
			for (String piece : CONNECTORS.split(" " + part + " ")) {
				for (String unit : CJK_UNIT_END.split(piece.strip())) {
					List<String> words = words(unit);
					if (!words.isEmpty()) {
						String joined = String.join(" ", words);
						segments.add(new Segment(joined, words, kindOf(joined)));
					}
				}
			}
		}
		return segments;
	}

	/** The ways to read the text, the whole of each segment first. */
	static List<Reading> readings(String text) {
		List<Segment> segments = segments(text);
		Map<String, Reading> readings = new LinkedHashMap<>();
		// Only where the text itself ran the units together ("吉林省和龙市"); "三合, 龙井" goes smaller first.
		boolean largerFirst = !segments.isEmpty() && !SEPARATORS.matcher(text).find()
				&& NameFolding.isCjk(segments.get(segments.size() - 1).text().charAt(0));
		for (int s = 0; s < segments.size(); s++) {
			Segment segment = segments.get(s);
			boolean leading = segments.size() == 1 || s == (largerFirst ? segments.size() - 1 : 0);
			List<String> others = new ArrayList<>();
			for (int o = 0; o < segments.size(); o++) {
				if (o != s) {
					others.add(segments.get(o).text());
				}
			}
			add(readings, new Reading(segment.text(), segment.kind(), others, leading));
			List<String> words = segment.words();
			if (words.size() < 2 || words.size() > MAX_WORDS_FOR_RUNS) {
				continue;
			}
			for (int from = 0; from < words.size(); from++) {
				for (int to = from + 1; to <= Math.min(words.size(), from + MAX_RUN); to++) {
					if (from == 0 && to == words.size()) {
						continue;
					}
					List<String> run = words.subList(from, to);
					if (isGeneric(run.get(0)) || isGeneric(run.get(run.size() - 1)) && run.size() == 1) {
						continue;
					}
					List<String> context = new ArrayList<>(others);
					PlaceKind kind = kindOf(String.join(" ", run));
					String before = String.join(" ", words.subList(0, from));
					String after = String.join(" ", words.subList(to, words.size()));
					if (kind == null && to < words.size() && to == words.size() - 1 && isGeneric(words.get(to))) {
						kind = kindOf("x " + words.get(to)); // "Shengyang city": the run "Shengyang" is a city
						after = "";
					}
					if (!before.isBlank() && !isGeneric(before)) {
						context.add(before);
					}
					if (!after.isBlank() && !isGeneric(after)) {
						context.add(after);
					}
					add(readings, new Reading(String.join(" ", run), kind, context, leading && from == 0));
				}
			}
		}
		return new ArrayList<>(readings.values());
	}

	private static void add(Map<String, Reading> readings, Reading reading) {
		String key = NameFolding.fold(reading.name()) + "|" + reading.kind() + "|" + reading.context();
		readings.putIfAbsent(key, reading);
	}

	private static boolean isGeneric(String word) {
		String folded = String.join("", NameFolding.words(word));
		return NameFolding.CITY_WORDS.contains(folded) || NameFolding.REGION_WORDS.contains(folded)
				|| LEADING_WORDS.contains(folded);
	}

	private static List<String> words(String unit) {
		List<String> words = new ArrayList<>();
		for (String word : SPACES.split(unit.strip())) {
			String cleaned = stripParticle(EDGE_PUNCTUATION.matcher(word).replaceAll(""));
			if (!cleaned.isEmpty()) {
				words.add(cleaned);
			}
		}
		while (!words.isEmpty() && LEADING_WORDS.contains(words.get(0).toLowerCase(java.util.Locale.ROOT)) && words.size() > 1) {
			words.remove(0);
		}
		return words;
	}

	private static String stripParticle(String word) {
		if (word.isEmpty() || Character.UnicodeScript.of(word.charAt(word.length() - 1)) != Character.UnicodeScript.HANGUL) {
			return word;
		}
		for (String particle : KOREAN_PARTICLES) {
			if (word.endsWith(particle) && word.length() - particle.length() >= 2) {
				return word.substring(0, word.length() - particle.length());
			}
		}
		return word;
	}

	private static PlaceKind kindOf(String text) {
		if (NameFolding.endsWithRegionWord(text)) {
			return PlaceKind.ADMIN1;
		}
		if (NameFolding.endsWithCityWord(text)) {
			return PlaceKind.CITY;
		}
		return null;
	}

}
