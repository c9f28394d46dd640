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

	/** A name of a place that a key matched, and how many edits apart the sound keys are. */
	record Hit(IndexedPlace place, String name, int edits) {
	}

	private final IndexedPlace[] places;

	private final String[] names;

	private final int[] nameOwner;

	private final String[] keys;

	private final int[][] keyNames;

	/** Trigram → its number; the keys holding trigram g are postings[gramStart[g] .. gramStart[g + 1]). */
	private final Map<Long, Integer> gramIds;

	private final int[] gramStart;

	private final int[] postings;

	private final Map<String, Integer> byId;

	/** The keys filed by their deletions, for the queries that allow one or two edits (most of them). */
	private final DeletionIndex deletions;

	private final ThreadLocal<int[]> counts;

	/** Per key, the first of the query's trigrams it holds (valid while the key is counted). */
	private final ThreadLocal<int[]> firsts;

	/** Trigrams held by more keys than this are not walked when the query can do without them. */
	static final int COMMON_POSTINGS = 2_000;

	PlaceIndex(List<IndexedPlace> entries) {
		places = entries.toArray(IndexedPlace[]::new);
		List<String> allNames = new ArrayList<>();
		List<Integer> owners = new ArrayList<>();
		Map<String, List<Integer>> namesByKey = new HashMap<>();
		byId = new HashMap<>(places.length * 2);
		for (int p = 0; p < places.length; p++) {
			byId.put(places[p].place().id(), p);
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
		keys = namesByKey.keySet().toArray(String[]::new);
		Arrays.sort(keys);
		keyNames = new int[keys.length][];
		// Trigram postings in two passes over the keys: count per trigram, then fill.
		gramIds = new HashMap<>();
		int[][] keyGrams = new int[keys.length][];
		int[] perGram = new int[1024];
		for (int k = 0; k < keys.length; k++) {
			keyNames[k] = namesByKey.get(keys[k]).stream().mapToInt(Integer::intValue).toArray();
			long[] grams = distinct(grams(keys[k]));
			keyGrams[k] = new int[grams.length];
			for (int g = 0; g < grams.length; g++) {
				int id = gramIds.computeIfAbsent(grams[g], x -> gramIds.size());
				if (id >= perGram.length) {
					perGram = Arrays.copyOf(perGram, perGram.length * 2);
				}
				perGram[id]++;
				keyGrams[k][g] = id;
			}
		}
		gramStart = new int[gramIds.size() + 1];
		for (int g = 0; g < gramIds.size(); g++) {
			gramStart[g + 1] = gramStart[g] + perGram[g];
		}
		postings = new int[gramStart[gramIds.size()]];
		int[] filled = Arrays.copyOf(gramStart, gramIds.size());
		for (int k = 0; k < keys.length; k++) {
			for (int id : keyGrams[k]) {
				postings[filled[id]++] = k;
			}
		}
		deletions = new DeletionIndex(keys);
		int size = keys.length;
		counts = ThreadLocal.withInitial(() -> new int[size]);
		firsts = ThreadLocal.withInitial(() -> new int[size]);
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

	int nameCount() {
		return names.length;
	}

	Optional<IndexedPlace> find(String id) {
		Integer index = byId.get(id);
		return index == null ? Optional.empty() : Optional.of(places[index]);
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
			int k = Arrays.binarySearch(keys, soundKey);
			if (k >= 0) {
				add(hits, k, 0);
			}
			return hits;
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
			Integer id = gramIds.get(queryGrams[q]);
			if (id != null) {
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
		int[] count = counts.get();
		int[] first = firsts.get();
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
			if (shared + common < needed || Math.abs(keys[k].length() - soundKey.length()) > allowed) {
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
				int edits = Similarity.distance(soundKey, keys[k], allowed);
				if (edits <= allowed) {
					found.add(new long[] { firstAt, k, edits });
				}
			}
		}
		found.sort(Comparator.<long[]>comparingLong(f -> f[0]).thenComparingLong(f -> f[1]));
		for (long[] f : found) {
			add(hits, (int) f[1], (int) f[2]);
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
			String key = keys[k];
			if (Math.abs(key.length() - soundKey.length()) > allowed) {
				continue;
			}
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
		Integer index = byId.get(id);
		return index == null ? List.of() : places[index].names();
	}

	private void add(List<Hit> hits, int key, int edits) {
		for (int n : keyNames[key]) {
			hits.add(new Hit(places[nameOwner[n]], names[n], edits));
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
