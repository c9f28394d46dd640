package org.vigil.geo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.vigil.geo.PlaceCandidate;
import org.vigil.geo.PlaceResolution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often the gazetteer finds the place people meant, over the real inputs in
 * {@code resolution-quality.tsv}: the right place first (top-1) and among the first three (top-3).
 * Prints both, per kind of input, and the misses; top-3 must stay at 95 % or above.
 */
class ResolutionQualityTests {

	record Case(String input, String country, String expected, String kind) {
	}

	@Test
	void atLeastNineteenInTwentyWrittenPlacesHaveTheirPlaceAmongTheFirstThree() throws IOException {
		List<Case> cases = cases();
		assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
		int top1 = 0;
		int top3 = 0;
		Map<String, int[]> byKind = new TreeMap<>();
		List<String> misses = new ArrayList<>();
		List<String> seconds = new ArrayList<>();
		for (Case c : cases) {
			PlaceResolution resolution = ShippedGeo.resolve(c.input(), c.country());
			List<String> ids = resolution.candidates().stream().map(PlaceCandidate::place).map(p -> p.id()).toList();
			int rank = ids.indexOf(c.expected());
			int[] counts = byKind.computeIfAbsent(c.kind().split(",")[0], k -> new int[3]);
			counts[0]++;
			if (rank == 0) {
				top1++;
				counts[1]++;
			}
			if (rank > 0 && rank < 3) {
				seconds.add(c.input() + " → " + resolution.candidates().get(0).place().label() + " first, expected " + c.expected() + " at " + (rank + 1));
			}
			if (rank >= 0 && rank < 3) {
				top3++;
				counts[2]++;
			}
			else {
				misses.add(c.input() + " → " + (ids.isEmpty() ? "nothing" : resolution.candidates().get(0).place().label() + " " + ids.get(0))
						+ ", expected " + c.expected());
			}
		}
		System.out.printf("Resolution quality over %d inputs: top-1 %.1f %%, top-3 %.1f %%%n", cases.size(), 100.0 * top1 / cases.size(),
				100.0 * top3 / cases.size());
		byKind.forEach((kind, n) -> System.out.printf("  %-28s %4d inputs, top-1 %5.1f %%, top-3 %5.1f %%%n", kind, n[0], 100.0 * n[1] / n[0],
				100.0 * n[2] / n[0]));
		seconds.forEach(m -> System.out.println("  not first: " + m));
		misses.forEach(m -> System.out.println("  missed: " + m));
		assertThat((double) top3 / cases.size()).isGreaterThanOrEqualTo(0.95);
	}

	static List<Case> cases() throws IOException {
		try (InputStream in = ResolutionQualityTests.class.getResourceAsStream("/org/vigil/geo/resolution-quality.tsv")) {
			List<Case> cases = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				cases.add(new Case(f[0], f[1].isEmpty() ? null : f[1], f[2], f[3]));
			}
			return cases;
		}
	}

}
