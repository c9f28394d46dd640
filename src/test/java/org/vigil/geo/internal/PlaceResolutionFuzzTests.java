package org.vigil.geo.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.PlaceCandidate;
import org.vigil.geo.PlaceResolution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Place names arrive from forms, the API and contacts' reports as any text at all: resolving one
 * never fails, answers at most {@link Gazetteer#MAX_CANDIDATES} candidates best first with scores
 * from 0 to 1, and answers nothing for a text the API would refuse.
 */
class PlaceResolutionFuzzTests {

	@FuzzTest
	void anyTextResolvesToRankedPlacesOrToNothing(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		PlaceResolution resolution = ShippedGeo.resolve(text, null);
		List<PlaceCandidate> candidates = resolution.candidates();
		assertThat(candidates).hasSizeLessThanOrEqualTo(Gazetteer.MAX_CANDIDATES);
		assertThat(candidates).allSatisfy(c -> assertThat(c.score()).isBetween(0.0, 1.0));
		for (int i = 1; i < candidates.size(); i++) {
			assertThat(candidates.get(i).score()).isLessThanOrEqualTo(candidates.get(i - 1).score());
		}
		if (PlaceQueryCheck.check("q", text, Gazetteer.MAX_TEXT_LENGTH).isPresent()) {
			assertThat(candidates).isEmpty();
			assertThat(resolution.clearlyBest()).isFalse();
		}
	}

}
