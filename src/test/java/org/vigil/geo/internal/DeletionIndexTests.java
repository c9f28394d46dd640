package org.vigil.geo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deletion index names every key within reach of a query as the place index asks it, each once
 * and in order, and none whose length alone puts it out of reach — also for keys longer than the
 * lengths it holds exactly.
 */
class DeletionIndexTests {

	private static String word(SplittableRandom random, int from, int to) {
		StringBuilder word = new StringBuilder();
		for (int k = random.nextInt(from, to); k > 0; k--) {
			word.append("aeiyngshlk".charAt(random.nextInt(10)));
		}
		return word.toString();
	}

	/** The word with one edit: a letter changed, added or taken away. */
	private static String edited(SplittableRandom random, String word) {
		StringBuilder out = new StringBuilder(word);
		int at = random.nextInt(out.length());
		switch (random.nextInt(3)) {
			case 0 -> out.setCharAt(at, 'x');
			case 1 -> out.insert(at, 'x');
			default -> out.deleteCharAt(at);
		}
		return out.toString();
	}

	@Test
	void everyKeyWithinReachIsACandidateAndNoneOfTheWrongLength() {
		SplittableRandom random = new SplittableRandom(31);
		List<String> keys = new ArrayList<>();
		for (int k = 0; k < 4_000; k++) {
			keys.add(word(random, 1, 13));
		}
		// Keys longer than the lengths the index holds exactly, and around that length, with one-edit variants.
		String stem = word(random, 250, 251);
		List<String> longKeys = new ArrayList<>();
		for (int k = 0; k < 40; k++) {
			String longKey = stem + word(random, 0, 12);
			longKeys.add(longKey);
			longKeys.add(edited(random, longKey));
		}
		keys.addAll(longKeys);
		String[] sorted = keys.stream().distinct().sorted().toArray(String[]::new);
		DeletionIndex index = new DeletionIndex(sorted);
		int reached = 0;
		for (int n = 0; n < 600; n++) {
			// Queries as the place index asks them: one or two edits as their length allows (see PlaceIndex.allowedEdits),
			// one for the long keys (as for Chinese and Korean keys, which allow one edit at any length).
			boolean longQuery = n % 5 == 0;
			String query = longQuery ? edited(random, longKeys.get(random.nextInt(longKeys.size()))) : edited(random, word(random, 2, 12));
			int edits = longQuery ? 1 : PlaceIndex.allowedEdits(query);
			if (edits < 1 || edits > 2) {
				continue;
			}
			int[] candidates = index.candidates(query, edits);
			assertThat(candidates).as("increasing, each once").isSorted().doesNotHaveDuplicates();
			for (int k = 0; k < sorted.length; k++) {
				boolean within = Similarity.distance(query, sorted[k], edits) <= edits;
				boolean named = Arrays.binarySearch(candidates, k) >= 0;
				if (within) {
					assertThat(named).as("%s within %d of %s", sorted[k], edits, query).isTrue();
					reached++;
				}
				if (named && query.length() < DeletionIndex.LONGEST_LENGTH - edits) {
					assertThat(Math.abs(sorted[k].length() - query.length())).as(sorted[k]).isLessThanOrEqualTo(edits);
				}
			}
		}
		assertThat(reached).as("queries with keys within reach: the comparison is not between empty answers").isGreaterThan(100);
	}

	@Test
	void aKeyLongerThanTheLengthsHeldExactlyStaysWithinReachOfLongQueries() {
		int longest = DeletionIndex.LONGEST_LENGTH;
		assertThat(DeletionIndex.withinLength(longest, 300, 1)).isTrue();
		assertThat(DeletionIndex.withinLength(longest, longest - 1, 1)).isTrue();
		assertThat(DeletionIndex.withinLength(longest, longest - 2, 1)).isFalse();
		assertThat(DeletionIndex.withinLength(12, 10, 2)).isTrue();
		assertThat(DeletionIndex.withinLength(13, 10, 2)).isFalse();
	}

}
