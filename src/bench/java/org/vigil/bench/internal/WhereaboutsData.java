package org.vigil.bench.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whereabouts of generated cases, sent as {@code POST /api/cases/{id}/whereabouts} like any
 * researcher's entry: the server resolves nothing for us but checks each entry against the
 * person's others, seals the notes with the person's key, audits and announces it. Each person
 * followed gets a chain of custody periods in the route's country (closed one after the other, the
 * last one open) and, on routes with a country of feared return, an expected transfer; places are
 * the gazetteer's answers for the route's city, asked once per city. Skewed: the huge cases get
 * thousands of entries ({@value #LARGEST} for the largest), the others a geometric number with a
 * mean that brings the whole to {@code --whereabouts-per-case-avg} a case (30 by default: 3 000 000 at the default
 * 100 000 cases).
 */
final class WhereaboutsData {

	static final int LARGEST = 3_000;

	/** How many persons of a case the entries are spread over: a group followed for years, not 800 lines of one entry. */
	static final int PERSONS_FOLLOWED = 10;

	private static final Pattern PLACE = Pattern.compile("Arrested by police in (.+?) and held");

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, List<String>> places = new ConcurrentHashMap<>();

	private final int hugeEntries;

	private final double regularMean;

	WhereaboutsData(DatasetShape shape) {
		double budget = shape.cases() * shape.whereaboutsPerCase();
		this.hugeEntries = (int) Math.max(1, Math.min(LARGEST, budget / 10 / shape.hugeCases()));
		int regular = shape.cases() - shape.hugeCases();
		this.regularMean = regular == 0 ? 0 : Math.max(0, (budget - (double) hugeEntries * shape.hugeCases()) / regular);
	}

	/** Sends the entries of one case; answers the requests sent. */
	long write(ApiClient api, String caseId, CaseFactory.Invented invented, List<String> personIds, int caseIndex, boolean huge,
			long seed) throws Exception {
		if (personIds.isEmpty()) {
			return 0;
		}
		SplittableRandom random = new SplittableRandom(seed * 7_000_003L + caseIndex);
		int count = huge ? (caseIndex == 0 ? hugeEntries : Math.max(1, hugeEntries / 2 + random.nextInt(Math.max(1, hugeEntries / 2))))
				: geometric(random, regularMean);
		String custody = (String) invented.caseFile().get("countryOfCustody");
		List<String> around = placesOf(api, custody, (String) invented.caseFile().get("summary"));
		if (count == 0 || around.isEmpty()) {
			return 0;
		}
		boolean transfers = invented.caseFile().get("countryOfFearedReturn") != null;
		int followed = Math.min(PERSONS_FOLLOWED, personIds.size());
		long sent = 0;
		for (int p = 0; p < followed; p++) {
			int own = count / followed + (p < count % followed ? 1 : 0);
			sent += person(api, caseId, personIds.get(p), own, around, transfers, random);
		}
		return sent;
	}

	/** A chain of custody periods ending today (the last one open), then perhaps an expected transfer. */
	private long person(ApiClient api, String caseId, String personId, int count, List<String> around, boolean transfers,
			SplittableRandom random) throws Exception {
		int periods = transfers && count > 1 ? count - 1 : count;
		int[] lengths = new int[periods];
		int days = 0;
		for (int i = 0; i < periods; i++) {
			lengths[i] = 5 + random.nextInt(25);
			days += lengths[i];
		}
		LocalDate day = LocalDate.now().minusDays(days);
		String place = null;
		for (int i = 0; i < periods; i++) {
			place = around.get(random.nextInt(around.size()));
			Map<String, Object> entry = entry(personId, "CUSTODY", place, day);
			if (i < periods - 1) {
				entry.put("until", Map.of("earliest", day.plusDays(lengths[i] - 1).toString()));
			}
			entry.put("custodian", "Public Security Bureau");
			entry.put("certainty", random.nextInt(4) == 0 ? "BELIEVED" : "CONFIRMED");
			if (random.nextInt(5) == 0) {
				entry.put("notes", "Seen by a fellow detainee during a transfer between cells.");
			}
			api.created("/api/cases/" + caseId + "/whereabouts", json.writeValueAsString(entry));
			day = day.plusDays(lengths[i]);
		}
		if (periods == count) {
			return count;
		}
		Map<String, Object> transfer = entry(personId, "TRANSFER", around.get(random.nextInt(around.size())),
				LocalDate.now().plusDays(1 + random.nextInt(10)));
		transfer.put("from", Map.of("placeId", place));
		transfer.put("certainty", random.nextInt(3) == 0 ? "IMMINENT" : "REPORTED");
		api.created("/api/cases/" + caseId + "/whereabouts", json.writeValueAsString(transfer));
		return count;
	}

	private static Map<String, Object> entry(String personId, String kind, String placeId, LocalDate on) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("personId", personId);
		entry.put("kind", kind);
		entry.put("place", Map.of("placeId", placeId));
		entry.put("date", Map.of("earliest", on.toString()));
		return entry;
	}

	/** The gazetteer's places in the country of custody for the city the case's summary names (asked once per city). */
	private List<String> placesOf(ApiClient api, String country, String summary) {
		Matcher city = PLACE.matcher(summary == null ? "" : summary);
		if (country == null || !city.find()) {
			return List.of();
		}
		return places.computeIfAbsent(country + ":" + city.group(1), key -> resolve(api, city.group(1), country));
	}

	private List<String> resolve(ApiClient api, String city, String country) {
		try {
			String answer = api.body("/api/places/resolve?q=" + URLEncoder.encode(city, StandardCharsets.UTF_8) + "&country=" + country);
			List<String> found = new ArrayList<>();
			if (answer != null) {
				for (JsonNode candidate : json.readTree(answer)) {
					if (country.equals(candidate.get("country").asString()) && found.size() < 5) {
						found.add(candidate.get("id").asString());
					}
				}
			}
			return List.copyOf(found);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Could not resolve " + city + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	/** A count of failures before a success, with the given mean. */
	private static int geometric(SplittableRandom random, double mean) {
		if (mean <= 0) {
			return 0;
		}
		double p = 1 / (mean + 1);
		return (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
	}

}
