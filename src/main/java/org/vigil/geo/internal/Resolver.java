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
		for (PlaceText.Reading reading : PlaceText.readings(text)) {
			String writtenKey = NameFolding.fold(reading.name());
			if (writtenKey.isEmpty()) {
				continue;
			}
			List<String> context = reading.context().stream().map(NameFolding::fold).filter(k -> !k.isEmpty()).toList();
			for (PlaceIndex index : indexes.indexes()) {
				for (PlaceIndex.Hit hit : index.lookup(NameFolding.loosen(writtenKey))) {
					IndexedPlace place = hit.place();
					if (indexes.hidden().contains(place.place().id())) {
						continue;
					}
					double similarity = PlaceScorer.nameSimilarity(writtenKey, NameFolding.fold(hit.name()));
					if (similarity < PlaceScorer.MIN_NAME_SIMILARITY) {
						continue;
					}
					int matched = 0;
					for (String piece : context) {
						if (fits(piece, place, indexes)) {
							matched++;
						}
					}
					double score = PlaceScorer.score(similarity, place.importance(), context.size(), matched, reading.kind(),
							place.place().kind(), place.added());
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
