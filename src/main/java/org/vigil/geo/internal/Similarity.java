package org.vigil.geo.internal;

/** How alike two keys are: edit distance with transpositions, and a similarity from 0 to 1. */
final class Similarity {

	private Similarity() {
	}

	/**
	 * The optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
	 * neighbours each count one), or {@code limit + 1} as soon as it must exceed {@code limit}.
	 */
	static int distance(String a, String b, int limit) {
		int n = a.length();
		int m = b.length();
		if (Math.abs(n - m) > limit) {
			return limit + 1;
		}
		int[] before = new int[m + 1];
		int[] previous = new int[m + 1];
		int[] current = new int[m + 1];
		for (int j = 0; j <= m; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= n; i++) {
			current[0] = i;
			int rowMinimum = current[0];
			char ca = a.charAt(i - 1);
			for (int j = 1; j <= m; j++) {
				char cb = b.charAt(j - 1);
				int cost = ca == cb ? 0 : 1;
				int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
					value = Math.min(value, before[j - 2] + 1);
				}
				current[j] = value;
				rowMinimum = Math.min(rowMinimum, value);
			}
			if (rowMinimum > limit) {
				return limit + 1;
			}
			int[] recycled = before;
			before = previous;
			previous = current;
			current = recycled;
		}
		return Math.min(previous[m], limit + 1);
	}

	/** 1 for equal keys, falling with each edit relative to the longer key; 0 past a third of it. */
	static double of(String a, String b) {
		if (a.equals(b)) {
			return 1;
		}
		int longer = Math.max(a.length(), b.length());
		if (longer == 0) {
			return 0;
		}
		int limit = Math.max(1, longer / 3);
		int edits = distance(a, b, limit);
		return edits > limit ? 0 : 1 - (double) edits / longer;
	}

}
