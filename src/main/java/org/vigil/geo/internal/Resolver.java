package org.vigil.geo.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.vigil.geo.Gazetteer;
import org.vigil.geo.PlaceCandidate;
import org.vigil.geo.PlaceResolution;

/**
 * Resolves a text against indexes (the administrators' first, then the shipped one): every
 * {@linkplain PlaceText#readings reading} of the text is looked up, each place found is scored by
 * {@link PlaceScorer} against that reading's context, and each place keeps its best score.
 */
final class Resolver {

	/** The indexes to search, and the shipped ids that administrators replaced. */
	record Indexes(List<PlaceIndex> indexes, Set<String> hidden) {

		Optional<IndexedPlace> find(String id) {
			for (PlaceIndex index : indexes) {
				Optional<IndexedPlace> found = index.find(id);
				if (found.isPresent()) {
					return found;
				}
			}
			return Optional.empty();
		}

	}

	/** The most hits of one reading that are scored. */
	static final int MAX_HITS = 400;

	private final CountryNames countries;

	/** Spelling keys of the names of divisions and countries, the context candidates are checked against. */
	private final Map<String, List<String>> contextKeys = new ConcurrentHashMap<>();

	Resolver(CountryNames countries) {
		this.countries = countries;
	}

	PlaceResolution resolve(String text, String country, Indexes indexes) {
		if (!PlaceQueryCheck.isReadable(text)) {
			return PlaceResolution.none(text);
		}
		Map<String, PlaceCandidate> best = new HashMap<>();
		// Many candidates share a division or a country: each piece is checked against each once.
		Map<String, Boolean> fitting = new HashMap<>();
		for (PlaceText.Reading reading : PlaceText.readings(text)) {
			String writtenKey = NameFolding.fold(reading.name());
			if (writtenKey.isEmpty()) {
				continue;
			}
			List<String> raw = reading.context().stream().filter(piece -> !NameFolding.fold(piece).isEmpty()).toList();
			List<String> context = raw.stream().map(NameFolding::fold).toList();
			List<List<IndexedPlace>> namedTowns = context.stream().map(piece -> towns(piece, indexes)).toList();
			// "Shenyang Liaoning China": a piece of several words also fits when each word does.
			List<List<String>> pieceWords = raw.stream().map(NameFolding::words).toList();
			for (PlaceIndex index : indexes.indexes()) {
				for (PlaceIndex.Hit hit : closest(index.lookup(NameFolding.loosen(writtenKey)))) {
					IndexedPlace place = hit.place();
					if (indexes.hidden().contains(place.place().id())) {
						continue;
					}
					double similarity = PlaceScorer.nameSimilarity(writtenKey, NameFolding.fold(hit.name()));
					if (similarity < PlaceScorer.MIN_NAME_SIMILARITY) {
						continue;
					}
					int matched = 0;
					for (int c = 0; c < context.size(); c++) {
						// Nearness counts only for the leading reading: "Nanping, Helong" is Nanping near Helong,
						// not Helong near one of the many Nanpings.
						if (fits(context.get(c), place, indexes, fitting) || reading.leading() && near(namedTowns.get(c), place)
								|| pieceWords.get(c).size() > 1 && pieceWords.get(c).stream().allMatch(w -> fits(w, place, indexes, fitting))) {
							matched++;
						}
					}
					double score = PlaceScorer.score(similarity, place.importance(), context.size(), matched, reading.kind(),
							place.place().kind(), place.added(), reading.leading());
					PlaceCandidate candidate = new PlaceCandidate(place.place(), round(score), hit.name());
					best.merge(place.place().id(), candidate, (a, b) -> b.score() > a.score() ? b : a);
				}
			}
		}
		List<PlaceCandidate> ranked = new ArrayList<>(best.values());
		if (country != null) {
			List<PlaceCandidate> inCountry = ranked.stream().filter(c -> c.place().country().equals(country)).toList();
			if (!inCountry.isEmpty()) {
				ranked = new ArrayList<>(inCountry);
			}
		}
		ranked.sort(Comparator.comparingDouble(PlaceCandidate::score).reversed()
			.thenComparing(Comparator.comparingLong((PlaceCandidate c) -> c.place().population()).reversed())
			.thenComparing(c -> c.place().id()));
		List<PlaceCandidate> top = ranked.subList(0, Math.min(Gazetteer.MAX_CANDIDATES, ranked.size()));
		boolean clear = !top.isEmpty() && PlaceScorer.clearlyBest(top.get(0).score(), top.size() > 1 ? top.get(1).score() : 0);
		return new PlaceResolution(text, top, clear);
	}

	/** The hits with the fewest edits first, and only so many: a short misspelt word can match thousands. */
	private static List<PlaceIndex.Hit> closest(List<PlaceIndex.Hit> hits) {
		if (hits.size() <= MAX_HITS) {
			return hits;
		}
		List<PlaceIndex.Hit> sorted = new ArrayList<>(hits);
		sorted.sort(Comparator.comparingInt(PlaceIndex.Hit::edits).thenComparing(h -> -h.place().importance()));
		return sorted.subList(0, MAX_HITS);
	}

	/** Whether a context piece names the place's division or country (answers kept in {@code fitting}). */
	private boolean fits(String piece, IndexedPlace place, Indexes indexes, Map<String, Boolean> fitting) {
		String division = place.within() == null ? "" : place.within();
		return fitting.computeIfAbsent(piece + "|" + division + "|" + place.place().country(), k -> fits(piece, place, indexes));
	}

	/** Whether a context piece names the place's division or country. */
	private boolean fits(String piece, IndexedPlace place, Indexes indexes) {
		if (place.within() != null) {
			for (String key : contextKeys.computeIfAbsent(place.within(), id -> indexes.find(id).map(p -> keys(p.names())).orElse(List.of()))) {
				if (PlaceScorer.contextFits(piece, key)) {
					return true;
				}
			}
		}
		String code = place.place().country();
		for (String key : contextKeys.computeIfAbsent("cc:" + code, id -> keys(countries.namesOf(code)))) {
			if (PlaceScorer.contextFits(piece, key)) {
				return true;
			}
		}
		return false;
	}

	/** The towns a context piece names exactly (by sound key), at most a few dozen. */
	private static List<IndexedPlace> towns(String piece, Indexes indexes) {
		List<IndexedPlace> towns = new ArrayList<>();
		String key = NameFolding.loosen(piece);
		for (PlaceIndex index : indexes.indexes()) {
			for (PlaceIndex.Hit hit : index.lookup(key)) {
				if (hit.edits() == 0 && hit.place().place().kind() != org.vigil.geo.PlaceKind.ADMIN1 && towns.size() < 50) {
					towns.add(hit.place());
				}
			}
		}
		return towns;
	}

	/** Whether the place lies near one of the towns (and is not that town). */
	private static boolean near(List<IndexedPlace> towns, IndexedPlace place) {
		if (place.place().kind() == org.vigil.geo.PlaceKind.ADMIN1) {
			return false; // a division's label point says nothing about which towns it holds
		}
		for (IndexedPlace town : towns) {
			if (town != place && !town.place().id().equals(place.place().id())
					&& kilometres(town.place().lat(), town.place().lon(), place.place().lat(), place.place().lon()) <= PlaceScorer.NEARBY_KM) {
				return true;
			}
		}
		return false;
	}

	/** Great-circle distance on a sphere: enough to tell "near" from "far". */
	static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * CountryBoundary.EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/** Forgets the context keys of administrators' places, after they changed. */
	void forgetContext() {
		contextKeys.clear();
	}

	private static List<String> keys(List<String> names) {
		return names.stream().map(NameFolding::fold).filter(k -> !k.isEmpty()).distinct().toList();
	}

	private static double round(double score) {
		return Math.round(score * 1000) / 1000.0;
	}

}
