package org.vigil.whereabouts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigil.geo.PlaceCandidate;
import org.vigil.geo.PlaceResolution;
import org.vigil.whereabouts.Certainty;
import org.vigil.whereabouts.FuzzyDate;

/**
 * Reads what a contact reported into proposed entries: "apprehended by police last week in Shengyang
 * city of Lioaning province; believed to be detained near Yanji; to be imminently sent to Helong city"
 * is an arrest in Shenyang about a week before the report, custody near Yanji (believed) from then
 * on, and a transfer to Helong expected any day. Each clause of the text is read for what happened
 * (apprehended, detained, held, seen, to be sent, handed over, in hiding), where (the places it names
 * after "in", "near", "to", "from" — in Latin letters, Chinese or Korean — resolved by the
 * gazetteer), when (relative to the report's day, see {@link RelativeDates}), by whom and how
 * certainly ("believed", "reportedly", "confirmed", "imminently"). Clauses are taken in the order
 * the report tells them: a later custody ends the one before it, and a transfer starts where the
 * people were last held. The reader is English; place names may be in any script the gazetteer knows.
 */
final class ReportReader {

	/** The longest text read; longer texts are refused before reading. */
	static final int MAX_TEXT = 20_000;

	/** The most proposals one report gives. */
	static final int MAX_PROPOSALS = 30;

	/** Candidates fitting less than this are not offered. */
	static final double MIN_SCORE = 0.5;

	/** Looks places up: the gazetteer's {@code resolve}. */
	interface PlaceLookup {

		PlaceResolution resolve(String text, String country);

	}

	private static final Pattern CLAUSES = Pattern.compile("[.;!?。；！？\\n]+(?=\\s|$|[^\\d])|\\s+(?=(?:and then|then|later|afterwards|"
			+ "after which|but now|now)\\b)|,?\\s+and\\s+(?=(?:were|was|are|is|will|have|has|had|then|later|taken|moved|sent|"
			+ "transferred|held|detained|handed|seen|are now|now)\\b)");

	private static final String WORD = "(?:\\p{Lu}[\\p{L}'’-]*|[\\p{IsHan}\\p{IsHangul}]+)";

	private static final String GENERIC = "(?:city|province|county|town|village|prefecture|district|region|autonomous|township|"
			+ "municipality|oblast|state)";

	/** A place phrase after its preposition: "in Shengyang city of Lioaning province", "near Yanji", "to 和龙市". */
	private static final Pattern PLACE = Pattern.compile("(?iu:\\b(in|at|near|to|into|from|outside|around|inside|towards|toward))\\s+"
			+ "(?:the\\s+)?(" + WORD + "(?:\\s+(?:" + WORD + "|(?iu:" + GENERIC + ")|(?iu:of|in)\\s+" + WORD + "))*)");

	/** Chinese or Korean place names anywhere: 延吉, 화룡시. */
	private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHangul}]{2,}");

	private static final Pattern FUTURE = Pattern.compile("\\b(to be|will|would|shall|going to|expected to|about to|set to|due to|"
			+ "plan|plans|planned|planning|imminent|imminently|soon|shortly)\\b");

	private static final Pattern MOVE = Pattern.compile("\\b(sent|send|moved|move|transferred|transfer|taken to|take them|handed|hand|"
			+ "returned|return|repatriated|repatriate|deported|deport|sent back|transported|brought)\\b");

	private static final Pattern ARREST = Pattern.compile("\\b(apprehended|arrested|arrest|detained|caught|seized|captured|picked up|"
			+ "rounded up|taken into custody|intercepted)\\b");

	private static final Pattern HELD = Pattern.compile("\\b(held|detained|in custody|imprisoned|jailed|locked up|kept|in detention|"
			+ "incarcerated|in prison|confined)\\b");

	private static final Pattern SEEN = Pattern.compile("\\b(seen|spotted|sighted|observed)\\b");

	private static final Pattern HIDING = Pattern.compile("\\b(hiding|in hiding|hides|hide|sheltering|sheltered|safe house|staying with)\\b");

	private static final Pattern IMMINENT = Pattern.compile("\\b(imminent|imminently|about to|any day|any moment|any time|within hours|"
			+ "within days|in the coming days|soon|shortly|tonight|tomorrow)\\b");

	private static final Pattern RUMOURED = Pattern.compile("\\b(rumou?r|rumou?red|rumou?rs|unconfirmed|allegedly|alleged|possibly|"
			+ "may have|might have|might|hearsay)\\b");

	private static final Pattern BELIEVED = Pattern.compile("\\b(believed|thought to|presumably|presumed|likely|probably|suspected)\\b");

	private static final Pattern CONFIRMED = Pattern.compile("\\b(confirmed|confirms|officially|verified|saw them|witnessed)\\b");

	private static final Pattern BY = Pattern.compile("(?iu)\\bby\\s+(?:the\\s+)?([\\p{L}][\\p{L}\\s'’-]{1,78}?)(?=\\s+(?:in|at|near|on|"
			+ "last|yesterday|today|since|from|to|and|after|before|this|who|which|when|while|\\d)\\b|[,;:.]|$)");

	private static final Pattern HANDED_TO = Pattern.compile("(?iu)\\b(?:handed|hand|turned)\\s+(?:them\\s+|him\\s+|her\\s+)?"
			+ "(?:over\\s+)?to\\s+(?:the\\s+)?([\\p{L}][\\p{L}\\s'’-]{1,78}?)(?=\\s+(?:in|at|near|on|by|last|this|next|tomorrow|"
			+ "within|and|after|before|\\d)\\b|[,;:.]|$)");

	/** States a handover may be to, by how reports name them. */
	private static final Map<String, String> STATES = Map.ofEntries(Map.entry("north korea", "KP"), Map.entry("dprk", "KP"),
			Map.entry("north korean", "KP"), Map.entry("china", "CN"), Map.entry("chinese", "CN"), Map.entry("russia", "RU"),
			Map.entry("russian", "RU"), Map.entry("laos", "LA"), Map.entry("lao", "LA"), Map.entry("laotian", "LA"),
			Map.entry("vietnam", "VN"), Map.entry("vietnamese", "VN"), Map.entry("thailand", "TH"), Map.entry("thai", "TH"),
			Map.entry("mongolia", "MN"), Map.entry("mongolian", "MN"), Map.entry("myanmar", "MM"), Map.entry("burmese", "MM"),
			Map.entry("cambodia", "KH"), Map.entry("cambodian", "KH"), Map.entry("eritrea", "ER"), Map.entry("eritrean", "ER"),
			Map.entry("iran", "IR"), Map.entry("iranian", "IR"), Map.entry("afghanistan", "AF"), Map.entry("afghan", "AF"),
			Map.entry("syria", "SY"), Map.entry("syrian", "SY"), Map.entry("uzbekistan", "UZ"), Map.entry("uzbek", "UZ"));

	private final PlaceLookup places;

	ReportReader(PlaceLookup places) {
		this.places = places;
	}

	/**
	 * The entries the report seems to say, in the order it tells them.
	 * @param countryHint the country the people are held in (the case's), which narrows places to it
	 *        where it has a fitting one; or {@code null}
	 */
	List<Proposal> read(String text, LocalDate reported, String countryHint) {
		List<Proposal> proposals = new ArrayList<>();
		if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
			return proposals;
		}
		Proposal lastCustody = null;
		for (String clause : CLAUSES.split(text)) {
			if (proposals.size() >= MAX_PROPOSALS) {
				break;
			}
			Optional<Proposal> read = clause(clause.strip(), proposals.size(), reported, countryHint);
			if (read.isEmpty()) {
				continue;
			}
			Proposal p = read.get();
			if (p.kind() == EntryKind.CUSTODY && lastCustody != null && !samePlace(p, lastCustody)) {
				if (!p.dateGiven()) {
					p = p.withDate(new FuzzyDate(lastCustody.date().earliest(), maxOf(lastCustody.date().latest(), reported),
							org.vigil.cases.DatePrecision.ESTIMATED, false));
				}
				if (lastCustody.until() == null && !p.date().latest().isBefore(lastCustody.date().earliest())) {
					Proposal ended = lastCustody.withUntil(p.date());
					proposals.set(ended.index(), ended);
				}
			}
			if (p.kind() == EntryKind.TRANSFER && p.fromText() == null && lastCustody != null) {
				Proposal held = proposals.get(lastCustody.index());
				p = p.withFrom(held.placeText(), held.candidates());
			}
			proposals.add(p);
			if (p.kind() == EntryKind.CUSTODY) {
				lastCustody = p;
			}
		}
		return proposals;
	}

	private Optional<Proposal> clause(String clause, int index, LocalDate reported, String countryHint) {
		if (clause.isEmpty()) {
			return Optional.empty();
		}
		String lower = clause.toLowerCase(Locale.ROOT);
		boolean future = FUTURE.matcher(lower).find();
		boolean move = MOVE.matcher(lower).find();
		EntryKind kind;
		if (HIDING.matcher(lower).find()) {
			kind = EntryKind.HIDING;
		}
		else if (move && future) {
			kind = EntryKind.TRANSFER;
		}
		else if (move || ARREST.matcher(lower).find() || HELD.matcher(lower).find()) {
			kind = EntryKind.CUSTODY; // moved somewhere (done), arrested there, or held there
		}
		else if (SEEN.matcher(lower).find()) {
			kind = EntryKind.SIGHTING;
		}
		else {
			return Optional.empty();
		}
		Places named = places(clause, kind, countryHint);
		Named where = kind == EntryKind.TRANSFER || (kind == EntryKind.CUSTODY && move) ? firstOf(named.to(), named.at())
				: firstOf(named.at(), named.to());
		if (where == null) {
			return Optional.empty();
		}
		boolean ahead = kind == EntryKind.TRANSFER;
		Optional<FuzzyDate> given = RelativeDates.in(clause, reported, ahead);
		FuzzyDate date = given.orElseGet(() -> unknownDate(kind, reported, lower));
		Certainty certainty = certainty(lower, kind);
		String custodian = kind == EntryKind.CUSTODY ? custodian(clause) : null;
		String intoHandsOf = kind == EntryKind.TRANSFER ? handedTo(clause) : null;
		String receivingState = kind == EntryKind.TRANSFER ? receivingState(intoHandsOf, where, lower) : null;
		Named from = kind == EntryKind.TRANSFER ? named.from() : null;
		return Optional.of(new Proposal(index, kind, clause, where.text(), where.candidates(), where.clearlyBest(),
				from == null ? null : from.text(), from == null ? List.of() : from.candidates(), date, given.isPresent(), null, certainty,
				custodian, intoHandsOf, receivingState));
	}

	/** A place phrase and what it may mean. */
	private record Named(String text, List<PlaceCandidate> candidates, boolean clearlyBest) {
	}

	/** The places a clause names: where it happened, where to, where from. */
	private record Places(Named at, Named to, Named from) {
	}

	private Places places(String clause, EntryKind kind, String countryHint) {
		Named at = null;
		Named to = null;
		Named from = null;
		Matcher m = PLACE.matcher(clause);
		while (m.find()) {
			String preposition = m.group(1).toLowerCase(Locale.ROOT);
			String phrase = m.group(2).strip();
			Named named = resolve(phrase, countryHint);
			if (named == null) {
				continue;
			}
			switch (preposition) {
				case "to", "into", "towards", "toward" -> to = to == null ? named : to;
				case "from" -> from = from == null ? named : from;
				default -> at = at == null ? named : at;
			}
		}
		if (at == null && to == null && from == null) {
			Matcher cjk = CJK.matcher(clause);
			while (cjk.find() && at == null) {
				at = resolve(cjk.group(), countryHint);
			}
			if (kind == EntryKind.TRANSFER) {
				to = at;
				at = null;
			}
		}
		return new Places(at, to, from);
	}

	private Named resolve(String phrase, String countryHint) {
		PlaceResolution resolution = places.resolve(phrase, countryHint);
		List<PlaceCandidate> fitting = resolution.candidates().stream().filter(c -> c.score() >= MIN_SCORE).toList();
		return fitting.isEmpty() ? null : new Named(phrase, fitting, resolution.clearlyBest());
	}

	private static Named firstOf(Named a, Named b) {
		return a != null ? a : b;
	}

	/** A span for a date the report does not give, which the researcher is asked to narrow. */
	private static FuzzyDate unknownDate(EntryKind kind, LocalDate reported, String lower) {
		org.vigil.cases.DatePrecision estimated = org.vigil.cases.DatePrecision.ESTIMATED;
		if (kind == EntryKind.TRANSFER) {
			return new FuzzyDate(reported, reported.plusDays(IMMINENT.matcher(lower).find() ? 7 : 30), estimated, false);
		}
		return new FuzzyDate(reported.minusDays(30), reported, estimated, false);
	}

	private static Certainty certainty(String lower, EntryKind kind) {
		if (kind == EntryKind.TRANSFER && IMMINENT.matcher(lower).find()) {
			return Certainty.IMMINENT;
		}
		if (RUMOURED.matcher(lower).find()) {
			return Certainty.RUMOURED;
		}
		if (BELIEVED.matcher(lower).find()) {
			return Certainty.BELIEVED;
		}
		if (CONFIRMED.matcher(lower).find()) {
			return Certainty.CONFIRMED;
		}
		return Certainty.REPORTED;
	}

	private static String custodian(String clause) {
		Matcher m = BY.matcher(clause);
		return m.find() ? tidy(m.group(1)) : null;
	}

	private static String handedTo(String clause) {
		Matcher m = HANDED_TO.matcher(clause);
		return m.find() ? tidy(m.group(1)) : null;
	}

	/** The state a handover is to: named with the receiving authority, or the destination being a country of its own. */
	private static String receivingState(String intoHandsOf, Named where, String lower) {
		if (intoHandsOf != null) {
			String hands = intoHandsOf.toLowerCase(Locale.ROOT);
			for (Map.Entry<String, String> state : STATES.entrySet()) {
				if (hands.matches(".*\\b" + state.getKey() + "\\b.*")) {
					return state.getValue();
				}
			}
		}
		PlaceCandidate best = where.candidates().get(0);
		boolean returned = lower.matches(".*\\b(returned|return|repatriated|repatriate|deported|deport|sent back)\\b.*");
		if (returned && best.place().id().startsWith("cc:")) {
			return best.place().country();
		}
		return null;
	}

	private static boolean samePlace(Proposal a, Proposal b) {
		PlaceCandidate x = a.best();
		PlaceCandidate y = b.best();
		return x != null && y != null && x.place().id().equals(y.place().id());
	}

	private static LocalDate maxOf(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static String tidy(String words) {
		String t = words.strip().replaceAll("\\s+", " ");
		return t.isEmpty() ? null : t;
	}

}
