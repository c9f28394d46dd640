package org.vigil.geo.internal;

/** How alike two keys are: edit distance with transpositions, and a similarity from 0 to 1. */
final class Similarity {

	private Similarity() {
	}

	/**
	 * The optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
	 * neighbours each count one), or {@code limit + 1} as soon as it must exceed {@code limit}. Only
	 * the band of cells within {@code limit} of the diagonal is worked out: a cell further out costs
	 * more than {@code limit} edits anyway, so the answer is the same as the full table's.
	 */
	static int distance(String a, String b, int limit) {
		int n = a.length();
		int m = b.length();
		if (Math.abs(n - m) > limit) {
			return limit + 1;
		}
		int beyond = limit + 1;
		int[] before = new int[m + 1];
		int[] previous = new int[m + 1];
		int[] current = new int[m + 1];
		for (int j = 0; j <= m; j++) {
			previous[j] = Math.min(j, beyond);
		}
		for (int i = 1; i <= n; i++) {
			int from = Math.max(1, i - limit);
			int to = Math.min(m, i + limit);
			// the cells just outside the band read as "too far" (the arrays are reused row after row)
			current[from - 1] = from == 1 ? Math.min(i, beyond) : beyond;
			if (to < m) {
				current[to + 1] = beyond;
			}
			int rowMinimum = from == 1 ? current[0] : beyond;
			char ca = a.charAt(i - 1);
			for (int j = from; j <= to; j++) {
				char cb = b.charAt(j - 1);
				int cost = ca == cb ? 0 : 1;
				int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
					value = Math.min(value, before[j - 2] + 1);
				}
				current[j] = Math.min(value, beyond);
				rowMinimum = Math.min(rowMinimum, current[j]);
			}
			if (rowMinimum > limit) {
				return beyond;
			}
			int[] recycled = before;
			before = previous;
			previous = current;
			current = recycled;
		}
		return Math.min(previous[m], beyond);
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

	/**
	 * The same as {@link #of(String, String)} when the keys' distance is already known (a hit of the
	 * place index carries it): {@link #distance} answers the distance itself whenever it lies within
	 * the limit, so nothing needs working out again.
	 */
	static double of(String a, String b, int distance) {
		if (distance == 0) {
			return 1;
		}
		int longer = Math.max(a.length(), b.length());
		int limit = Math.max(1, longer / 3);
		return distance > limit ? 0 : 1 - (double) distance / longer;
	}

}
