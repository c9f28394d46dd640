package org.vigil.geo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceCandidate;
import org.vigil.geo.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer's first candidates, picked from hundreds without sorting them all: the same as sorting them all. */
class ResolverTests {

	@Test
	void theFirstCandidatesAreThoseOfTheWholeListSorted() {
		SplittableRandom random = new SplittableRandom(13);
		for (int n = 0; n < 2_000; n++) {
			List<PlaceCandidate> candidates = new ArrayList<>();
			// Few scores and populations, so that ties are broken by the next key and then by id.
			for (int c = random.nextInt(0, 60); c > 0; c--) {
				Place place = new Place("test:" + random.nextInt(1_000_000), "Yanji", PlaceKind.CITY, "CN", null, 42, 129,
						random.nextInt(4) * 1_000L, true);
				if (candidates.stream().noneMatch(k -> k.place().id().equals(place.id()))) {
					candidates.add(new PlaceCandidate(place, random.nextInt(5) / 4.0, "Yanji"));
				}
			}
			List<PlaceCandidate> sorted = new ArrayList<>(candidates);
			sorted.sort(Resolver.RANKING);
			int first = random.nextBoolean() ? Gazetteer.MAX_CANDIDATES : random.nextInt(1, 5);
			assertThat(Resolver.first(candidates, first)).isEqualTo(sorted.subList(0, Math.min(first, sorted.size())));
		}
	}

}
