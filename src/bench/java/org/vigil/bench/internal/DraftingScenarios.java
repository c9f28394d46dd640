package org.vigil.bench.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The drafting scenarios: the urgent appeal Vigil writes from a case's facts and the PDF of its
 * letter, for a case shaped like the sample case (held in China, feared return to North Korea, one
 * to ten persons, the longest timeline of those) and for the largest case. One request is a generated
 * draft ({@code POST /api/cases/{id}/appeals} with {@code "generate": true}: the facts of six modules,
 * the letter written, sealed and kept) followed by the PDF of the case's approved letter
 * ({@code GET …/{appealId}/pdf}, rendered once and then kept); the baseline is that PDF alone. A draft has no PDF, so
 * {@code bench generate} leaves one approved letter in each of the two cases ({@link #approveLetters}):
 * drafted by the bench user, approved by a bench reviewer.
 */
final class DraftingScenarios {

	private static final String SAMPLE_SHAPED = """
			select c.id from cases c join teams t on t.id = c.team_id where t.name = ? and c.country_of_custody = 'CN'
			and c.country_of_feared_return = 'KP' and (select count(*) from persons p where p.case_id = c.id) between 1 and 10
			order by (select count(*) from whereabouts_entries w where w.case_id = c.id) desc, c.id limit 1""";

	private static final String LARGEST = """
			select p.case_id from persons p join cases c on c.id = p.case_id join teams t on t.id = c.team_id where t.name = ?
			group by p.case_id order by count(*) desc, p.case_id limit 1""";

	/*
	 * A letter approved through the application, by a second person: the appeals `AppealsData` writes
	 * in SQL for the directors' report are "approved" by their own author and have no letter to render.
	 */
	private static final String APPROVED = """
			select id from appeals where case_id = ? and status = 'APPROVED' and approved_by <> created_by
			order by approved_at desc, id limit 1""";

	private static final String ADDRESSEES = """
			select a.id from directory_authorities a join cases c on c.country_of_custody = a.country
			where c.id = ? and a.retired_on is null and a.host_country is null order by a.kind, a.id limit 2""";

	private static final String PDF = "application/pdf";

	private DraftingScenarios() {
	}

	/** Adds the scenarios to the run's list, for each of the two cases that has an approved letter. */
	static void add(List<Scenario> scenarios, ApiClient api, Baselines baselines) {
		Connection c = baselines.connection(0); // the baselines' own: not closed here
		try {
			add(scenarios, api, c, "sample", "a case shaped like the sample case (CN → KP, 1-10 persons, longest timeline)",
					one(c, SAMPLE_SHAPED, BenchAccount.TEAM));
			add(scenarios, api, c, "largest", "the largest case", one(c, LARGEST, BenchAccount.TEAM));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not find the cases of the drafting scenarios: " + ex.getMessage(), ex);
		}
	}

	private static void add(List<Scenario> scenarios, ApiClient api, Connection c, String name, String which, UUID caseId)
			throws SQLException {
		UUID approved = caseId == null ? null : one(c, APPROVED, caseId);
		if (approved == null) {
			return; // a dataset generated before the drafting scenarios, or a state the directory has nobody for
		}
		String order = order(ids(c, ADDRESSEES, caseId));
		String pdf = "/api/cases/" + caseId + "/appeals/" + approved + "/pdf";
		scenarios.add(new Scenario("draft-and-pdf-" + name, "POST /api/cases/{id}/appeals (generated urgent appeal) + GET …/pdf of its "
				+ "approved letter, " + which, (w, i) -> api.create("/api/cases/" + caseId + "/appeals", order) != null && api.get(pdf, PDF),
				"GET …/pdf of the same approved letter (read, fingerprinted, and the PDF kept at its first rendering opened)",
				(w, i) -> api.get(pdf, PDF)));
	}

	/**
	 * Leaves one approved urgent appeal in the sample-shaped case and in the largest case: drafted from
	 * the facts by the bench user, submitted, and approved by {@code reviewer} (a second person).
	 */
	static void approveLetters(URI url, String token, BenchCredentials reviewer, DataSource dataSource, PrintWriter out) {
		try (Connection c = dataSource.getConnection()) {
			List<UUID> cases = new ArrayList<>();
			for (String query : List.of(SAMPLE_SHAPED, LARGEST)) {
				UUID caseId = one(c, query, BenchAccount.TEAM);
				if (caseId != null && !cases.contains(caseId)) {
					cases.add(caseId);
				}
			}
			for (UUID caseId : List.copyOf(cases)) {
				List<UUID> addressees = ids(c, ADDRESSEES, caseId);
				if (addressees.isEmpty()) {
					// Said, not skipped silently: `bench run` would then leave out a drafting scenario unmeasured.
					cases.remove(caseId);
					out.println("No approved letter in case " + caseId + ": the directory has nobody in its custody state "
							+ custodyState(c, caseId) + " (add the state to scripts/directory/build_directory.py)");
					continue;
				}
				String appeal = "/api/cases/" + caseId + "/appeals/";
				String id = new ApiClient(url, token).created("/api/cases/" + caseId + "/appeals", order(addressees));
				post(url, token, appeal + id + "/submit", "{\"version\": 0}");
				post(url, reviewer.token(), appeal + id + "/approve", "{\"version\": 1, \"password\": \"" + reviewer.password() + "\"}");
			}
			out.println("Approved letters for the drafting scenarios: " + cases.size());
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not approve the letters of the drafting scenarios: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static String order(List<UUID> addressees) {
		return "{\"kind\": \"URGENT_APPEAL\", \"language\": \"en\", \"generate\": true, \"addresseeIds\": ["
				+ String.join(", ", addressees.stream().map(id -> "\"" + id + "\"").toList()) + "]}";
	}

	private static void post(URI url, String token, String path, String json) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.resolve(path))
			.timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
			.header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
		}
	}

	private static String custodyState(Connection c, UUID caseId) throws SQLException {
		try (var query = c.prepareStatement("select country_of_custody from cases where id = ?")) {
			query.setObject(1, caseId);
			try (var rows = query.executeQuery()) {
				return rows.next() ? rows.getString(1) : null;
			}
		}
	}

	private static UUID one(Connection c, String sql, Object parameter) throws SQLException {
		List<UUID> found = ids(c, sql, parameter);
		return found.isEmpty() ? null : found.get(0);
	}

	private static List<UUID> ids(Connection c, String sql, Object parameter) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		try (var query = c.prepareStatement(sql)) {
			query.setObject(1, parameter);
			try (var rows = query.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getObject(1, UUID.class));
				}
			}
		}
		return ids;
	}

}
