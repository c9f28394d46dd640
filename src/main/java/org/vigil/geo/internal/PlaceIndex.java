package org.vigil.geo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The names of many places, found by their sound key exactly or within a few edits. Immutable
 * once built; built once for the shipped data at start-up and again, small, whenever an
 * administrator changes the places kept in the database.
 *
 * <p>Layout, for memory: each place's names sit side by side in one array; each distinct sound
 * key (sorted, for binary search) lists the names that have it; each trigram of a key ("^^y",
 * "^ya", "yan" … of "yanji") lists the keys that hold it. A misspelt key that allows one or two
 * edits (keys up to ten letters: nearly every query) is found through the {@link DeletionIndex},
 * which names a few candidates instead of the thousands that share a common trigram; longer keys,
 * which allow three, through the trigrams. Both give the same hits in the same order.
 */
final class PlaceIndex {

	/** A name of a place that a key matched, the name's sound key, and how many edits apart the sound keys are. */
	record Hit(IndexedPlace place, String name, String key, int edits) {
	}

	private final IndexedPlace[] places;

	private final String[] names;

	private final int[] nameOwner;

	private final PackedKeys keys;

	/** The names that have key k are keyNames[keyNameStart[k] .. keyNameStart[k + 1]). */
	private final int[] keyNameStart;

	private final int[] keyNames;

	/** The trigrams of the keys, sorted: trigram g is grams[g], and the keys holding it are postings[gramStart[g] .. gramStart[g + 1]). */
	private final long[] grams;

	private final int[] gramStart;

	private final int[] postings;

	/** The places' ids, sorted, and the place of each: found by binary search, with no boxed map of 140 000 entries. */
	private final String[] ids;

	private final int[] placeOfId;

	/** The keys filed by their deletions, for the queries that allow one or two edits (most of them). */
	private final DeletionIndex deletions;

	/**
	 * The trigram walk's counting arrays (two ints per key, 2 MB), kept for as many walks as this
	 * machine's cores run at once: a pair per thread that ever walked would hold 2 MB for each of the
	 * web server's threads for as long as the thread lives (26 MB after the benchmark's load).
	 */
	private final BlockingQueue<Scratch> scratch = new ArrayBlockingQueue<>(Runtime.getRuntime().availableProcessors());

	/** Per key, how many of the query's trigrams it holds, and the first of them (valid while the key is counted). */
	private record Scratch(int[] counts, int[] firsts) {
	}

	/** Trigrams held by more keys than this are not walked when the query can do without them. */
	static final int COMMON_POSTINGS = 2_000;

	PlaceIndex(List<IndexedPlace> entries) {
		places = entries.toArray(IndexedPlace[]::new);
		List<String> allNames = new ArrayList<>();
		List<Integer> owners = new ArrayList<>();
		Map<String, List<Integer>> namesByKey = new HashMap<>();
		for (int p = 0; p < places.length; p++) {
			Set<String> seen = new HashSet<>();
			for (String name : places[p].names()) {
				String spelling = NameFolding.fold(name);
				if (spelling.isEmpty() || !seen.add(spelling)) {
					continue;
				}
				int index = allNames.size();
				allNames.add(name);
				owners.add(p);
				namesByKey.computeIfAbsent(NameFolding.loosen(spelling), k -> new ArrayList<>(1)).add(index);
			}
		}
		names = allNames.toArray(String[]::new);
		nameOwner = owners.stream().mapToInt(Integer::intValue).toArray();
		String[] keys = namesByKey.keySet().toArray(String[]::new);
		Arrays.sort(keys);
		keyNameStart = new int[keys.length + 1];
		for (int k = 0; k < keys.length; k++) {
			keyNameStart[k + 1] = keyNameStart[k] + namesByKey.get(keys[k]).size();
		}
		keyNames = new int[keyNameStart[keys.length]];
		for (int k = 0; k < keys.length; k++) {
			List<Integer> own = namesByKey.get(keys[k]);
			for (int i = 0; i < own.size(); i++) {
				keyNames[keyNameStart[k] + i] = own.get(i);
			}
		}
		// Trigram postings: every key's distinct trigrams, numbered by their place in the sorted set of all of them.
		long[][] keyGrams = new long[keys.length][];
		int total = 0;
		for (int k = 0; k < keys.length; k++) {
			keyGrams[k] = distinct(grams(keys[k]));
			total += keyGrams[k].length;
		}
		long[] all = new long[total];
		int at = 0;
		for (long[] own : keyGrams) {
			System.arraycopy(own, 0, all, at, own.length);
			at += own.length;
		}
		grams = Arrays.stream(all).sorted().distinct().toArray();
		gramStart = new int[grams.length + 1];
		for (long[] own : keyGrams) {
			for (long gram : own) {
				gramStart[Arrays.binarySearch(grams, gram) + 1]++;
			}
		}
		for (int g = 0; g < grams.length; g++) {
			gramStart[g + 1] += gramStart[g];
		}
		postings = new int[gramStart[grams.length]];
		int[] filled = Arrays.copyOf(gramStart, grams.length);
		for (int k = 0; k < keys.length; k++) {
			for (long gram : keyGrams[k]) {
				postings[filled[Arrays.binarySearch(grams, gram)]++] = k;
			}
			keyGrams[k] = null;
		}
		// Sorted stably: places that share an id stay in their order.
		Integer[] byId = new Integer[places.length];
		Arrays.setAll(byId, p -> p);
		Arrays.sort(byId, Comparator.comparing(p -> places[p].place().id()));
		ids = new String[places.length];
		placeOfId = new int[places.length];
		for (int i = 0; i < byId.length; i++) {
			placeOfId[i] = byId[i];
			ids[i] = places[byId[i]].place().id();
		}
		deletions = new DeletionIndex(keys);
		this.keys = new PackedKeys(keys);
	}

	private int postingsOf(int gram) {
		return gramStart[gram + 1] - gramStart[gram];
	}

	private static long[] distinct(long[] grams) {
		return Arrays.stream(grams).distinct().toArray();
	}

	int size() {
		return places.length;
	}

	/** How many pairs of the trigram walk's counting arrays are kept for the next walks. */
	int scratchKept() {
		return scratch.size();
	}

	int nameCount() {
		return names.length;
	}

	Optional<IndexedPlace> find(String id) {
		int index = indexOf(id);
		return index < 0 ? Optional.empty() : Optional.of(places[index]);
	}

	/** The place with that id (the last listed, if several had it), or -1. */
	private int indexOf(String id) {
		int i = Arrays.binarySearch(ids, id);
		if (i < 0) {
			return -1;
		}
		while (i + 1 < ids.length && ids[i + 1].equals(id)) {
			i++;
		}
		return placeOfId[i];
	}

	/**
	 * The names whose sound key is the given one, or within the edits its length allows (none for
	 * short keys, up to three for long ones; Chinese and Korean keys exactly or, from four
	 * characters, one edit).
	 */
	List<Hit> lookup(String soundKey) {
		List<Hit> hits = new ArrayList<>();
		if (soundKey.isEmpty()) {
			return hits;
		}
		int allowed = allowedEdits(soundKey);
		if (allowed == 0) {
			return exactly(soundKey);
		}
		long[] queryGrams = distinct(grams(soundKey));
		int needed = Math.max(1, queryGrams.length - 3 * allowed);
		if (allowed <= 2) {
			return byDeletions(soundKey, allowed, queryGrams, needed);
		}
		// The query's trigrams the index knows, as [query position, trigram number]; the others match no key.
		int[][] known = new int[queryGrams.length][];
		int knownCount = 0;
		for (int q = 0; q < queryGrams.length; q++) {
			int id = Arrays.binarySearch(grams, queryGrams[q]);
			if (id >= 0) {
				known[knownCount++] = new int[] { q, id };
			}
		}
		if (knownCount < needed) {
			return hits;
		}
		known = Arrays.copyOf(known, knownCount);
		// A key sharing `needed` of the query's trigrams holds at least one of any (known - needed + 1) of
		// them: the postings of up to (needed - 1) common trigrams ("ang", "yan") — tens of thousands of
		// keys each — are not walked, each candidate is looked up in them instead (they are sorted by key).
		int[][] byRarity = known.clone();
		Arrays.sort(byRarity, Comparator.comparingInt(g -> gramStart[g[1] + 1] - gramStart[g[1]]));
		int common = 0;
		while (common < needed - 1 && postingsOf(byRarity[knownCount - 1 - common][1]) > COMMON_POSTINGS) {
			common++;
		}
		Scratch own = scratch.poll();
		if (own == null) {
			own = new Scratch(new int[keys.size()], new int[keys.size()]);
		}
		int[] count = own.counts();
		int[] first = own.firsts();
		int[] touched = new int[256];
		int touchedSize = 0;
		for (int r = 0; r < knownCount - common; r++) {
			int q = byRarity[r][0];
			int id = byRarity[r][1];
			for (int p = gramStart[id]; p < gramStart[id + 1]; p++) {
				int k = postings[p];
				if (count[k]++ == 0) {
					if (touchedSize == touched.length) {
						touched = Arrays.copyOf(touched, touched.length * 2);
					}
					touched[touchedSize++] = k;
					first[k] = q;
				}
				else if (q < first[k]) {
					first[k] = q;
				}
			}
		}
		// The hits in the order a walk through every trigram's postings, in the query's order, finds them.
		List<long[]> found = new ArrayList<>();
		for (int t = 0; t < touchedSize; t++) {
			int k = touched[t];
			int shared = count[k];
			int firstAt = first[k];
			count[k] = 0;
			if (shared + common < needed || Math.abs(keys.length(k) - soundKey.length()) > allowed) {
				continue;
			}
			// Each common trigram is looked up in its postings (the most time of a misspelt name went
			// here), and no further once the key can no longer share enough of them.
			for (int c = 0; c < common && shared + common - c >= needed; c++) {
				int[] gram = byRarity[knownCount - 1 - c];
				if (Arrays.binarySearch(postings, gramStart[gram[1]], gramStart[gram[1] + 1], k) >= 0) {
					shared++;
					firstAt = Math.min(firstAt, gram[0]);
				}
			}
			if (shared >= needed) {
				int edits = Similarity.distance(soundKey, keys.get(k), allowed);
				if (edits <= allowed) {
					found.add(new long[] { firstAt, k, edits });
				}
			}
		}
		// Every count is back to 0: the arrays can serve the next walk.
		scratch.offer(own);
		found.sort(Comparator.<long[]>comparingLong(f -> f[0]).thenComparingLong(f -> f[1]));
		for (long[] f : found) {
			add(hits, (int) f[1], (int) f[2]);
		}
		return hits;
	}

	/**
	 * The names whose sound key is exactly the given one: the hits of {@link #lookup} with no edits, in
	 * the same order (only one key lies no edits away), found by one binary search.
	 */
	List<Hit> exactly(String soundKey) {
		List<Hit> hits = new ArrayList<>();
		int k = keys.indexOf(soundKey);
		if (k >= 0) {
			add(hits, k, 0);
		}
		return hits;
	}

	/**
	 * The same hits as the trigram walk finds, in the same order, from the few keys the deletion index
	 * names: each is measured by the real distance, then its trigrams are compared with the query's.
	 */
	private List<Hit> byDeletions(String soundKey, int allowed, long[] queryGrams, int needed) {
		List<long[]> found = new ArrayList<>();
		for (int k : deletions.candidates(soundKey, allowed)) {
			if (Math.abs(keys.length(k) - soundKey.length()) > allowed) {
				continue;
			}
			String key = keys.get(k);
			int edits = Similarity.distance(soundKey, key, allowed);
			if (edits > allowed) {
				continue;
			}
			long[] own = grams(key);
			int shared = 0;
			int firstAt = Integer.MAX_VALUE;
			for (int q = 0; q < queryGrams.length; q++) {
				if (holds(own, queryGrams[q])) {
					shared++;
					firstAt = Math.min(firstAt, q);
				}
			}
			if (shared >= needed) {
				found.add(new long[] { firstAt, k, edits });
			}
		}
		found.sort(Comparator.<long[]>comparingLong(f -> f[0]).thenComparingLong(f -> f[1]));
		List<Hit> hits = new ArrayList<>();
		for (long[] f : found) {
			add(hits, (int) f[1], (int) f[2]);
		}
		return hits;
	}

	private static boolean holds(long[] grams, long gram) {
		for (long g : grams) {
			if (g == gram) {
				return true;
			}
		}
		return false;
	}

	/** The names of the place with that id, as the index holds them. */
	List<String> namesOf(String id) {
		int index = indexOf(id);
		return index < 0 ? List.of() : places[index].names();
	}

	private void add(List<Hit> hits, int key, int edits) {
		String spelled = keys.get(key);
		for (int i = keyNameStart[key]; i < keyNameStart[key + 1]; i++) {
			int n = keyNames[i];
			hits.add(new Hit(places[nameOwner[n]], names[n], spelled, edits));
		}
	}

	static int allowedEdits(String key) {
		boolean latin = key.chars().allMatch(c -> c < 0x250);
		int length = key.length();
		if (!latin) {
			return length >= 4 ? 1 : 0;
		}
		return length <= 3 ? 0 : length <= 5 ? 1 : length <= 10 ? 2 : 3;
	}

	/** The trigrams of the key padded with two marks at each end, as numbers. */
	static long[] grams(String key) {
		String padded = "\u0001\u0001" + key + "\u0002\u0002";
		long[] out = new long[padded.length() - 2];
		for (int i = 0; i + 3 <= padded.length(); i++) {
			out[i] = ((long) padded.charAt(i) << 32) | ((long) padded.charAt(i + 1) << 16) | padded.charAt(i + 2);
		}
		return out;
	}

}
