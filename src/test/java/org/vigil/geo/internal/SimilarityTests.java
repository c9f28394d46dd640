package org.vigil.geo.internal;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The edit distance that ranks misspelt names: worked out in a band, it answers what the whole table answers. */
class SimilarityTests {

	/** The whole optimal-string-alignment table, the textbook way. */
	private static int wholeTable(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	private static String word(SplittableRandom random, String letters) {
		StringBuilder word = new StringBuilder();
		for (int k = random.nextInt(0, 13); k > 0; k--) {
			word.append(letters.charAt(random.nextInt(letters.length())));
		}
		return word.toString();
	}

	@Test
	void theDistanceWithinTheLimitIsTheWholeTablesAndBeyondItSaysSo() {
		SplittableRandom random = new SplittableRandom(9);
		for (int n = 0; n < 20_000; n++) {
			String a = word(random, "aeiyngsh");
			String b = random.nextBoolean() ? word(random, "aeiyngsh") : a.replaceFirst("n", "ng").replaceFirst("ya", "ay");
			int limit = random.nextInt(0, 5);
			int expected = wholeTable(a, b);
			assertThat(Similarity.distance(a, b, limit)).as("%s / %s within %d", a, b, limit).isEqualTo(Math.min(expected, limit + 1));
		}
	}

	@Test
	void theSimilarityFromAKnownDistanceIsTheSimilarityWorkedOut() {
		SplittableRandom random = new SplittableRandom(11);
		for (int n = 0; n < 20_000; n++) {
			String a = word(random, "aeiyngsh");
			String b = random.nextBoolean() ? word(random, "aeiyngsh") : a.replaceFirst("n", "ng").replaceFirst("ya", "ay");
			int distance = Similarity.distance(a, b, 20);
			assertThat(Similarity.of(a, b, distance)).as("%s / %s", a, b).isEqualTo(Similarity.of(a, b));
		}
	}

	@Test
	void aSwapOfNeighboursIsOneEdit() {
		assertThat(Similarity.distance("yanji", "yajni", 2)).isEqualTo(1);
		assertThat(Similarity.distance("shengyang", "shenyang", 2)).isEqualTo(1);
		assertThat(Similarity.distance("lioaning", "liaoning", 1)).isEqualTo(1);
	}

}
