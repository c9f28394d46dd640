package org.vigil.bench.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The scenarios of places and whereabouts: resolving what people write (clean, misspelt, Hanzi and
 * Hangul names in turn), the distance of a point to a country, and the largest case's timeline with
 * its map data. Place resolution and distances are worked out in memory on the server, so their
 * baseline is the floor of any request: {@code GET /actuator/health} over the same connection.
 */
final class WhereaboutsScenarios {

	/** What researchers type, in turn: clean names, misspellings, other scripts, with and without context. */
	static final List<String[]> PLACE_INPUTS = List.of(new String[] { "Yanji", "CN" }, new String[] { "Shengyang", "CN" },
			new String[] { "Lioaning", "CN" }, new String[] { "延吉", "" }, new String[] { "연길", "" }, new String[] { "和龙", "" },
			new String[] { "화룡", "" }, new String[] { "Helong", "CN" }, new String[] { "Yangji", "CN" },
			new String[] { "Shenyang city of Liaoning province", "" }, new String[] { "Tumen", "CN" }, new String[] { "Istanbul", "TR" },
			new String[] { "Mashad", "IR" }, new String[] { "Karachi", "" }, new String[] { "Vladivostock", "RU" },
			new String[] { "丹东", "" });

	/** Points in turn, each with the country it is measured to: near borders, far from them, inside. */
	static final List<double[]> POINTS = List.of(new double[] { 42.91, 129.51 }, new double[] { 42.54, 129.00 },
			new double[] { 41.80, 123.43 }, new double[] { 40.12, 124.39 }, new double[] { 43.12, 131.89 },
			new double[] { 39.03, 125.75 }, new double[] { 31.23, 121.47 }, new double[] { 13.75, 100.50 });

	private WhereaboutsScenarios() {
	}

	/** Adds the scenarios to the run's list. */
	static void add(List<Scenario> scenarios, ApiClient api, ScenarioData data, Baselines baselines) {
		Runner.Task floor = (w, i) -> api.get("/actuator/health");
		scenarios.add(new Scenario("place-resolution", "GET /api/places/resolve, " + PLACE_INPUTS.size()
				+ " inputs in turn (clean, misspelt, Hanzi, Hangul, with context)", (w, i) -> api.get(resolve(i)),
				"GET /actuator/health (the floor of a request)", floor));
		scenarios.add(new Scenario("distance-to-country", "GET /api/geo/distance-to-country to KP, " + POINTS.size() + " points in turn",
				(w, i) -> api.get(distance(i)), "GET /actuator/health (the floor of a request)", floor));
		UUID largest = data.largestCase();
		scenarios.add(new Scenario("whereabouts-largest", "GET /api/cases/{id}/whereabouts (first page) + …/map of the largest case",
				(w, i) -> api.get("/api/cases/" + largest + "/whereabouts") && api.get("/api/cases/" + largest + "/whereabouts/map"),
				"SQL: visible case + persons + sources + a page of entries + each person's latest entries",
				baselines.whereabouts(largest)));
	}

	/**
	 * What the case page of the largest case loads for its whereabouts, signed in: the section (a line
	 * a person, the distances, the "New information" box) and the map's data, as the page's script
	 * asks for it. Baseline: the statements the two need over plain JDBC.
	 */
	static void addPages(List<Scenario> scenarios, BrowserSession signedIn, UUID largest, Baselines baselines) {
		scenarios.add(new Scenario("whereabouts-largest-page",
				"GET /cases/{id}/whereabouts/section (HTML, signed in) + …/api/cases/{id}/whereabouts/map of the largest case",
				(w, i) -> signedIn.page("/cases/" + largest + "/whereabouts/section")
						&& signedIn.json("/api/cases/" + largest + "/whereabouts/map"),
				"SQL: persons + sources + each person's latest place and transfer + each person's latest 50 places", (worker, i) -> {
					java.sql.Connection c = baselines.connection(worker);
					return Baselines.readAll(c, "select * from persons where case_id = ? order by created_at", largest)
							&& Baselines.readAll(c, "select * from sources where case_id = ? order by created_at", largest)
							&& Baselines.readAll(c, "select r.* from (select w.*, row_number() over (partition by w.person_id, "
									+ "w.kind = 'TRANSFER' order by w.date_earliest desc) n from whereabouts_entries w where w.case_id = ?) r "
									+ "where r.n = 1", largest)
							&& Baselines.readAll(c, "select r.person_id, r.kind, r.place_name, r.place_lat, r.place_lon from (select w.*, "
									+ "row_number() over (partition by w.person_id order by w.date_earliest desc) n from whereabouts_entries w "
									+ "where w.case_id = ? and w.kind <> 'HIDING') r where r.n <= 50", largest);
				}));
	}

	private static String resolve(int i) {
		String[] input = PLACE_INPUTS.get(i % PLACE_INPUTS.size());
		return "/api/places/resolve?q=" + URLEncoder.encode(input[0], StandardCharsets.UTF_8)
				+ (input[1].isEmpty() ? "" : "&country=" + input[1]);
	}

	private static String distance(int i) {
		double[] point = POINTS.get(i % POINTS.size());
		return "/api/geo/distance-to-country?lat=" + point[0] + "&lon=" + point[1] + "&country=KP";
	}

}
