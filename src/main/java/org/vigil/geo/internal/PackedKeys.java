package org.vigil.geo.internal;

/**
 * Sorted strings held in one array of characters, key {@code k} from {@code starts[k]} to
 * {@code starts[k + 1]}: the index's 257 000 sound keys take about 5 MB this way, where as one
 * {@link String} each (a header and an array of its own) they took about 13 MB of every server's
 * heap. A key is made a string again only when a caller asks for it.
 */
final class PackedKeys {

	private final char[] chars;

	private final int[] starts;

	/** The keys, which must be sorted as {@link String#compareTo} sorts them. */
	PackedKeys(String[] sorted) {
		starts = new int[sorted.length + 1];
		for (int k = 0; k < sorted.length; k++) {
			starts[k + 1] = starts[k] + sorted[k].length();
		}
		chars = new char[starts[sorted.length]];
		for (int k = 0; k < sorted.length; k++) {
			sorted[k].getChars(0, sorted[k].length(), chars, starts[k]);
		}
	}

	int size() {
		return starts.length - 1;
	}

	int length(int k) {
		return starts[k + 1] - starts[k];
	}

	String get(int k) {
		return new String(chars, starts[k], length(k));
	}

	/** The number of the key equal to the given one, or (-(insertion point) - 1), as {@link java.util.Arrays#binarySearch} answers. */
	int indexOf(String key) {
		int low = 0;
		int high = size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			int order = compare(middle, key);
			if (order < 0) {
				low = middle + 1;
			}
			else if (order > 0) {
				high = middle - 1;
			}
			else {
				return middle;
			}
		}
		return -(low + 1);
	}

	/** Key k against the string, in the order of {@link String#compareTo}. */
	private int compare(int k, String other) {
		int start = starts[k];
		int length = length(k);
		int shorter = Math.min(length, other.length());
		for (int i = 0; i < shorter; i++) {
			char c = chars[start + i];
			char d = other.charAt(i);
			if (c != d) {
				return c - d;
			}
		}
		return length - other.length();
	}

}
