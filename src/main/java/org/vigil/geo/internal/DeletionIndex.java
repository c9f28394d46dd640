package org.vigil.geo.internal;

import java.util.Arrays;

/**
 * Finds the keys within one or two edits of a query in a few hash look-ups, SymSpell-style: every
 * key is filed under the strings its first {@link #PREFIX} letters become with up to two letters
 * deleted, and a query looks up the same deletions of its own first letters. Two keys within
 * {@code a} edits (insertions, deletions, substitutions, swaps of neighbours) always share such a
 * deletion of their prefixes, so nothing within reach is missed; what the look-up finds is only a
 * candidate, which the caller measures with the real distance.
 *
 * <p>Layout, for memory: no strings are kept, only a hash of each deletion, filed in buckets
 * (keys' numbers side by side, {@code keysOf[bucketStart[b] .. bucketStart[b + 1])}). Two deletions
 * that land in one bucket only add a candidate that fails the distance. For the shipped gazetteer
 * (257 000 keys, 5.4 million deletions) this is about 30 MB. Each key's length is kept too (a byte a
 * key), so that the keys too long or too short to lie within reach are passed over without reading
 * them: most of a misspelt name's time went to fetching keys from memory only to find them the wrong
 * length.
 */
final class DeletionIndex {

	/** Only the first letters are deleted from: fewer deletions per key, at the price of more candidates. */
	static final int PREFIX = 7;

	/** Keys longer than this are filed with one deletion only: the queries that allow two edits are at most ten letters long. */
	static final int LONGEST_WITH_TWO = 12;

	private final int mask;

	private final int[] bucketStart;

	private final int[] keysOf;

	/** Each key's length, up to {@value #LONGEST_LENGTH} (a longer key counts as at least that long). */
	private final byte[] lengths;

	/** The longest length {@link #lengths} holds exactly. */
	static final int LONGEST_LENGTH = 255;

	DeletionIndex(String[] keys) {
		long total = 0;
		int[][] perKey = new int[keys.length][];
		lengths = new byte[keys.length];
		for (int k = 0; k < keys.length; k++) {
			perKey[k] = hashes(keys[k], depth(keys[k]));
			total += perKey[k].length;
			lengths[k] = (byte) Math.min(keys[k].length(), LONGEST_LENGTH);
		}
		int size = Integer.highestOneBit((int) Math.max(16, Math.min(1 << 30, total / 2)));
		mask = size - 1;
		bucketStart = new int[size + 1];
		for (int k = 0; k < keys.length; k++) {
			perKey[k] = distinctBuckets(perKey[k], mask);
			for (int b : perKey[k]) {
				bucketStart[b + 1]++;
			}
		}
		for (int b = 0; b < size; b++) {
			bucketStart[b + 1] += bucketStart[b];
		}
		keysOf = new int[bucketStart[size]];
		int[] filled = Arrays.copyOf(bucketStart, size);
		for (int k = 0; k < keys.length; k++) {
			for (int b : perKey[k]) {
				keysOf[filled[b]++] = k;
			}
			perKey[k] = null;
		}
	}

	/** How many deletions a key is filed under: enough for every query that may reach it (see {@link PlaceIndex#allowedEdits}). */
	private static int depth(String key) {
		return key.length() < 3 ? 0 : key.length() <= LONGEST_WITH_TWO ? 2 : 1;
	}

	/**
	 * The numbers of the keys that may lie within {@code edits} (1 or 2) of the query, each once, in
	 * increasing order; a superset of those that do. None of them is longer or shorter than the query
	 * by more than {@code edits}: each edit changes the length by one at most.
	 */
	int[] candidates(String query, int edits) {
		int[] found = new int[64];
		int count = 0;
		int length = query.length();
		for (int b : distinctBuckets(hashes(query, edits), mask)) {
			for (int p = bucketStart[b]; p < bucketStart[b + 1]; p++) {
				int k = keysOf[p];
				if (!withinLength(lengths[k] & 0xFF, length, edits)) {
					continue;
				}
				if (count == found.length) {
					found = Arrays.copyOf(found, count * 2);
				}
				found[count++] = k;
			}
		}
		Arrays.sort(found, 0, count);
		int distinct = 0;
		for (int i = 0; i < count; i++) {
			if (distinct == 0 || found[distinct - 1] != found[i]) {
				found[distinct++] = found[i];
			}
		}
		return Arrays.copyOf(found, distinct);
	}

	/** Whether a key of that (kept) length may lie within {@code edits} of a query of that length. */
	static boolean withinLength(int kept, int length, int edits) {
		return Math.abs(kept - length) <= edits || kept == LONGEST_LENGTH && length + edits >= LONGEST_LENGTH;
	}

	/** The hashes of the key's prefix with up to {@code depth} letters deleted (some the same, when letters repeat). */
	private static int[] hashes(String key, int depth) {
		int n = Math.min(key.length(), PREFIX);
		int[] out = new int[1 + (depth >= 1 ? n : 0) + (depth >= 2 ? n * (n - 1) / 2 : 0)];
		int o = 0;
		out[o++] = hash(key, n, -1, -1);
		for (int i = 0; depth >= 1 && i < n; i++) {
			out[o++] = hash(key, n, i, -1);
			for (int j = i + 1; depth >= 2 && j < n; j++) {
				out[o++] = hash(key, n, i, j);
			}
		}
		return out;
	}

	private static int[] distinctBuckets(int[] hashes, int mask) {
		int[] out = new int[hashes.length];
		for (int i = 0; i < hashes.length; i++) {
			out[i] = hashes[i] & mask;
		}
		Arrays.sort(out);
		int distinct = 0;
		for (int i = 0; i < out.length; i++) {
			if (distinct == 0 || out[distinct - 1] != out[i]) {
				out[distinct++] = out[i];
			}
		}
		return Arrays.copyOf(out, distinct);
	}

	/** FNV-1a of the first {@code n} letters without those at {@code skipA} and {@code skipB}, mixed so that low bits vary. */
	private static int hash(String key, int n, int skipA, int skipB) {
		int h = 0x811c9dc5;
		for (int i = 0; i < n; i++) {
			if (i != skipA && i != skipB) {
				h = (h ^ key.charAt(i)) * 0x01000193;
			}
		}
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		return h ^ (h >>> 13);
	}

}
