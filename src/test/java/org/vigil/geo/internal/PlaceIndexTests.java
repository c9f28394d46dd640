package org.vigil.geo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding misspelt sound keys: however the index narrows its walk through the trigrams' postings,
 * it finds every key that the rule it states finds — within the allowed edits and sharing enough of
 * the query's trigrams — in the same order as a comparison with every key.
 */
class PlaceIndexTests {

	/** Syllables of the kind the gazetteer is full of, so that common trigrams ("ang", "yan") have long postings. */
	private static final String[] SYLLABLES = { "yan", "ji", "shen", "yang", "he", "long", "dan", "dong", "tu", "men", "hun", "chun",
			"an", "ning", "liao", "ma", "shad", "ka", "ra", "chi", "is", "tan", "bul", "vla", "di", "vos", "tok", "sa", "hyes", "san" };

	private static String name(SplittableRandom random) {
		StringBuilder name = new StringBuilder();
		for (int s = random.nextInt(1, 5); s > 0; s--) {
			name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
		}
		return name.toString();
	}

	/** The name with up to three random edits (substitution, insertion, deletion, swap of neighbours). */
	private static String misspelt(SplittableRandom random, String name) {
		StringBuilder out = new StringBuilder(name);
		for (int e = random.nextInt(0, 4); e > 0 && out.length() > 1; e--) {
			int at = random.nextInt(out.length() - 1);
			char letter = "aeiouyngshdlkm".charAt(random.nextInt(14));
			switch (random.nextInt(4)) {
				case 0 -> out.setCharAt(at, letter);
				case 1 -> out.insert(at, letter);
				case 2 -> out.deleteCharAt(at);
				default -> {
					char c = out.charAt(at);
					out.setCharAt(at, out.charAt(at + 1));
					out.setCharAt(at + 1, c);
				}
			}
		}
		return out.toString();
	}

	/** What the index's rule finds, by comparing the query with every key: the keys in the order the index answers them. */
	private static List<String> everyKeyCompared(String[] keys, String query) {
		int allowed = PlaceIndex.allowedEdits(query);
		if (allowed == 0) {
			return Arrays.binarySearch(keys, query) >= 0 ? List.of(query) : List.of();
		}
		long[] queryGrams = Arrays.stream(PlaceIndex.grams(query)).distinct().toArray();
		int needed = Math.max(1, queryGrams.length - 3 * allowed);
		List<long[]> found = new ArrayList<>();
		for (int k = 0; k < keys.length; k++) {
			long[] own = PlaceIndex.grams(keys[k]);
			int shared = 0;
			int firstAt = Integer.MAX_VALUE;
			for (int q = 0; q < queryGrams.length; q++) {
				long gram = queryGrams[q];
				if (Arrays.stream(own).anyMatch(g -> g == gram)) {
					shared++;
					firstAt = Math.min(firstAt, q);
				}
			}
			int edits = Similarity.distance(query, keys[k], allowed);
			if (shared >= needed && edits <= allowed) {
				found.add(new long[] { firstAt, k });
			}
		}
		found.sort(Comparator.<long[]>comparingLong(f -> f[0]).thenComparingLong(f -> f[1]));
		return found.stream().map(f -> keys[(int) f[1]]).toList();
	}

	@Test
	void aMisspeltKeyFindsWhatAComparisonWithEveryKeyFindsInTheSameOrder() {
		SplittableRandom random = new SplittableRandom(17);
		List<IndexedPlace> entries = new ArrayList<>();
		TreeSet<String> keys = new TreeSet<>();
		for (int p = 0; p < 6_000; p++) {
			String name = name(random);
			keys.add(NameFolding.loosen(NameFolding.fold(name)));
			entries.add(new IndexedPlace(new Place("test:" + p, name, PlaceKind.CITY, "CN", null, 42, 129, 0, true), List.of(name), null,
					0.2, false));
		}
		PlaceIndex index = new PlaceIndex(entries);
		String[] sorted = keys.toArray(String[]::new);
		int withHits = 0;
		for (int n = 0; n < 400; n++) {
			String query = NameFolding.loosen(NameFolding.fold(misspelt(random, name(random))));
			Map<String, Boolean> answered = new LinkedHashMap<>();
			index.lookup(query).forEach(hit -> answered.put(NameFolding.loosen(NameFolding.fold(hit.name())), true));
			List<String> expected = everyKeyCompared(sorted, query);
			assertThat(List.copyOf(answered.keySet())).as(query).isEqualTo(expected);
			withHits += expected.isEmpty() ? 0 : 1;
		}
		assertThat(withHits).as("queries that find something: the comparison is not between empty answers").isGreaterThan(200);
	}

	@Test
	void theNamesOfAKeyExactlyAreTheLookupsHitsWithNoEditsInTheSameOrder() {
		SplittableRandom random = new SplittableRandom(23);
		List<IndexedPlace> entries = new ArrayList<>();
		for (int p = 0; p < 3_000; p++) {
			// Many places share a key, and some have two spellings of one key ("yang" and "yank").
			String name = name(random);
			List<String> names = random.nextBoolean() ? List.of(name, name.replace('g', 'k')) : List.of(name);
			entries.add(new IndexedPlace(new Place("test:" + p, name, PlaceKind.CITY, "CN", null, 42, 129, 0, true), names, null, 0.2, false));
		}
		PlaceIndex index = new PlaceIndex(entries);
		int withHits = 0;
		for (int n = 0; n < 400; n++) {
			String query = NameFolding.loosen(NameFolding.fold(n % 2 == 0 ? name(random) : misspelt(random, name(random))));
			List<PlaceIndex.Hit> expected = index.lookup(query).stream().filter(hit -> hit.edits() == 0).toList();
			assertThat(index.exactly(query)).as(query).isEqualTo(expected);
			assertThat(expected).allSatisfy(hit -> assertThat(hit.key()).isEqualTo(query));
			withHits += expected.isEmpty() ? 0 : 1;
		}
		assertThat(withHits).as("queries that are keys: the comparison is not between empty answers").isGreaterThan(50);
		assertThat(index.exactly("")).isEmpty();
	}

	@Test
	void aHitCarriesTheSoundKeyOfItsNameAndItsDistanceFromTheQuery() {
		SplittableRandom random = new SplittableRandom(29);
		List<IndexedPlace> entries = new ArrayList<>();
		for (int p = 0; p < 2_000; p++) {
			String name = name(random);
			entries.add(new IndexedPlace(new Place("test:" + p, name, PlaceKind.CITY, "CN", null, 42, 129, 0, true), List.of(name), null,
					0.2, false));
		}
		PlaceIndex index = new PlaceIndex(entries);
		for (int n = 0; n < 200; n++) {
			String query = NameFolding.loosen(NameFolding.fold(misspelt(random, name(random))));
			for (PlaceIndex.Hit hit : index.lookup(query)) {
				assertThat(hit.key()).isEqualTo(NameFolding.loosen(NameFolding.fold(hit.name())));
				assertThat(hit.edits()).as("%s / %s", query, hit.key()).isEqualTo(Similarity.distance(query, hit.key(), 10));
			}
		}
	}

	@Test
	void walksOnManyThreadsAtOnceAnswerAsOneThreadDoesAndKeepNoMoreCountingArraysThanTheCores() throws Exception {
		SplittableRandom random = new SplittableRandom(31);
		List<IndexedPlace> entries = new ArrayList<>();
		for (int p = 0; p < 6_000; p++) {
			String name = name(random) + name(random);
			entries.add(new IndexedPlace(new Place("test:" + p, name, PlaceKind.CITY, "CN", null, 42, 129, 0, true), List.of(name), null,
					0.2, false));
		}
		PlaceIndex index = new PlaceIndex(entries);
		// Long misspelt keys: three edits allowed, so each lookup walks the trigrams' postings with the counting arrays.
		List<String> queries = new ArrayList<>();
		while (queries.size() < 150) {
			String known = entries.get(random.nextInt(entries.size())).names().get(0);
			String query = NameFolding.loosen(NameFolding.fold(misspelt(random, known)));
			if (PlaceIndex.allowedEdits(query) == 3) {
				queries.add(query);
			}
		}
		List<List<PlaceIndex.Hit>> alone = queries.stream().map(index::lookup).toList();
		assertThat(alone.stream().filter(hits -> !hits.isEmpty()).count()).as("queries that find something").isGreaterThan(100);

		int threads = 16;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<List<List<PlaceIndex.Hit>>>> answers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				answers.add(pool.submit(() -> {
					start.await();
					return queries.stream().map(index::lookup).toList();
				}));
			}
			start.countDown();
			for (Future<List<List<PlaceIndex.Hit>>> answer : answers) {
				assertThat(answer.get(2, TimeUnit.MINUTES)).isEqualTo(alone);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(index.scratchKept()).isBetween(1, Runtime.getRuntime().availableProcessors());
	}

}
