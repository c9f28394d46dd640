package org.vigil.geo.internal;

import java.util.ArrayList;
import java.util.Collection;
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

	/** The hits kept when there are too many: the fewest edits first, then the most prominent. */
	private static final Comparator<PlaceIndex.Hit> CLOSEST = Comparator.comparingInt(PlaceIndex.Hit::edits)
		.thenComparingDouble(h -> -h.place().importance());

	/** The order of the answer: the best score first, then the larger place, then by id (ids are distinct: a total order). */
	static final Comparator<PlaceCandidate> RANKING = Comparator.comparingDouble(PlaceCandidate::score)
		.reversed()
		.thenComparing(Comparator.comparingLong((PlaceCandidate c) -> c.place().population()).reversed())
		.thenComparing(c -> c.place().id());

	private final CountryNames countries;

	/** Spelling and sound keys of the names of divisions and countries, the context candidates are checked against. */
	private final Map<String, List<Key>> contextKeys = new ConcurrentHashMap<>();

	/** The spelling key of a name or a context piece, and its sound key. */
	record Key(String spelling, String sound) {

		static Key of(String spelling) {
			return new Key(spelling, NameFolding.loosen(spelling));
		}

	}

	/** A division or a country a context piece was checked against (its id, or its code). */
	private record Fit(String piece, String unit) {
	}

	Resolver(CountryNames countries) {
		this.countries = countries;
	}

	PlaceResolution resolve(String text, String country, Indexes indexes) {
		if (!PlaceQueryCheck.isReadable(text)) {
			return PlaceResolution.none(text);
		}
		Map<String, PlaceCandidate> best = new HashMap<>();
		// Many candidates share a division or a country: each piece is checked against each once.
		Fitting fitting = new Fitting(indexes);
		for (PlaceText.Reading reading : PlaceText.readings(text)) {
			String writtenKey = NameFolding.fold(reading.name());
			if (writtenKey.isEmpty()) {
				continue;
			}
			String writtenSound = NameFolding.loosen(writtenKey);
			List<String> raw = reading.context().stream().filter(piece -> !NameFolding.fold(piece).isEmpty()).toList();
			List<Key> context = raw.stream().map(piece -> Key.of(NameFolding.fold(piece))).toList();
			// Nearness counts only for the leading reading, so only its pieces' towns are looked up.
			List<List<IndexedPlace>> namedTowns = reading.leading() ? context.stream().map(piece -> towns(piece, indexes)).toList()
					: List.of();
			// "Shenyang Liaoning China": a piece of several words also fits when each word does.
			List<List<Key>> pieceWords = raw.stream().map(piece -> NameFolding.words(piece).stream().map(Key::of).toList()).toList();
			for (PlaceIndex index : indexes.indexes()) {
				for (PlaceIndex.Hit hit : closest(index.lookup(writtenSound))) {
					IndexedPlace place = hit.place();
					if (indexes.hidden().contains(place.place().id())) {
						continue;
					}
					// The hit's sound key and its distance from the written one are known: only the spellings are compared.
					double similarity = PlaceScorer.nameSimilarity(writtenKey, NameFolding.fold(hit.name()),
							Similarity.of(writtenSound, hit.key(), hit.edits()));
					if (similarity < PlaceScorer.MIN_NAME_SIMILARITY) {
						continue;
					}
					int matched = 0;
					for (int c = 0; c < context.size(); c++) {
						// Nearness counts only for the leading reading: "Nanping, Helong" is Nanping near Helong,
						// not Helong near one of the many Nanpings.
						if (fitting.fits(context.get(c), place) || reading.leading() && near(namedTowns.get(c), place)
								|| pieceWords.get(c).size() > 1 && pieceWords.get(c).stream().allMatch(w -> fitting.fits(w, place))) {
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
		Collection<PlaceCandidate> ranked = best.values();
		if (country != null) {
			List<PlaceCandidate> inCountry = ranked.stream().filter(c -> c.place().country().equals(country)).toList();
			if (!inCountry.isEmpty()) {
				ranked = inCountry;
			}
		}
		List<PlaceCandidate> top = first(ranked, Gazetteer.MAX_CANDIDATES);
		boolean clear = !top.isEmpty() && PlaceScorer.clearlyBest(top.get(0).score(), top.size() > 1 ? top.get(1).score() : 0);
		return new PlaceResolution(text, top, clear);
	}

	/**
	 * The first {@code n} candidates in the {@linkplain #RANKING order of the answer}: the same as
	 * sorting them all and keeping the first {@code n}, without sorting the hundreds that a misspelt
	 * name finds.
	 */
	static List<PlaceCandidate> first(Collection<PlaceCandidate> candidates, int n) {
		List<PlaceCandidate> first = new ArrayList<>(n + 1);
		for (PlaceCandidate candidate : candidates) {
			if (first.size() == n && RANKING.compare(candidate, first.get(n - 1)) >= 0) {
				continue;
			}
			int at = first.size();
			while (at > 0 && RANKING.compare(candidate, first.get(at - 1)) < 0) {
				at--;
			}
			first.add(at, candidate);
			if (first.size() > n) {
				first.remove(n);
			}
		}
		return first;
	}

	/** The hits with the fewest edits first, and only so many: a short misspelt word can match thousands. */
	private static List<PlaceIndex.Hit> closest(List<PlaceIndex.Hit> hits) {
		if (hits.size() <= MAX_HITS) {
			return hits;
		}
		List<PlaceIndex.Hit> sorted = new ArrayList<>(hits);
		sorted.sort(CLOSEST);
		return sorted.subList(0, MAX_HITS);
	}

	/**
	 * Whether context pieces name the divisions and countries of places, for one question: each piece
	 * is checked against each division and each country once, however many candidates lie there.
	 */
	private final class Fitting {

		private final Indexes indexes;

		private final Map<Fit, Boolean> byDivision = new HashMap<>();

		private final Map<Fit, Boolean> byCountry = new HashMap<>();

		Fitting(Indexes indexes) {
			this.indexes = indexes;
		}

		/** Whether the piece names the place's division or country. */
		boolean fits(Key piece, IndexedPlace place) {
			String division = place.within();
			if (division != null && byDivision.computeIfAbsent(new Fit(piece.spelling(), division), f -> names(piece, divisionKeys(division)))) {
				return true;
			}
			String code = place.place().country();
			return byCountry.computeIfAbsent(new Fit(piece.spelling(), code), f -> names(piece, countryKeys(code)));
		}

		private List<Key> divisionKeys(String id) {
			return contextKeys.computeIfAbsent(id, k -> indexes.find(id).map(p -> keys(p.names())).orElse(List.of()));
		}

		private List<Key> countryKeys(String code) {
			return contextKeys.computeIfAbsent("cc:" + code, k -> keys(countries.namesOf(code)));
		}

	}

	/** Whether the piece matches one of the names. */
	private static boolean names(Key piece, List<Key> names) {
		for (Key name : names) {
			if (PlaceScorer.contextFits(piece.spelling(), piece.sound(), name.spelling(), name.sound())) {
				return true;
			}
		}
		return false;
	}

	/** The towns a context piece names exactly (by sound key), at most a few dozen. */
	private static List<IndexedPlace> towns(Key piece, Indexes indexes) {
		List<IndexedPlace> towns = new ArrayList<>();
		for (PlaceIndex index : indexes.indexes()) {
			for (PlaceIndex.Hit hit : index.exactly(piece.sound())) {
				if (hit.place().place().kind() != org.vigil.geo.PlaceKind.ADMIN1 && towns.size() < 50) {
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

	private static List<Key> keys(List<String> names) {
		return names.stream().map(NameFolding::fold).filter(k -> !k.isEmpty()).distinct().map(Key::of).toList();
	}

	private static double round(double score) {
		return Math.round(score * 1000) / 1000.0;
	}

}
