package org.vigil.bench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The fixed scenarios of a run. The web-page scenarios (login, HTML case page) are added only
 * when the server offers them; {@link #skipped()} says why one was left out.
 */
final class Scenarios {

	private final List<Scenario> scenarios = new ArrayList<>();

	private final List<String> skipped = new ArrayList<>();

	private String enrolledKey;

	Scenarios(DriverSettings settings, ScenarioData data, Baselines baselines, PasswordEncoder encoder, int maxClients) {
		ApiClient api = new ApiClient(settings.url(), settings.token());
		UUID largest = data.largestCase();
		scenarios.add(new Scenario("case-api-typical", "GET /api/cases/{id}, a case with 1-10 persons",
				(w, i) -> api.get("/api/cases/" + data.typical(i)), "SQL: visible case + team", baselines.casePage(data::typical)));
		scenarios.add(new Scenario("case-api-largest", "GET /api/cases/{id}, the case with " + data.largestCasePersons() + " persons",
				(w, i) -> api.get("/api/cases/" + largest), "SQL: visible case + team", baselines.casePage(i -> largest)));
		scenarios.add(new Scenario("persons-largest", "GET /api/cases/{id}/persons of the largest case",
				(w, i) -> api.get("/api/cases/" + largest + "/persons"), "SQL: visible case + persons ordered",
				baselines.persons(largest)));
		scenarios.add(new Scenario("case-list-filtered", "GET /api/cases with filters and paging (6 queries in turn)",
				(w, i) -> api.get(CaseListQuery.of(i).path()), "SQL: live shares + page + count + team", baselines.caseList(CaseListQuery::of)));
		scenarios.add(new Scenario("case-create-with-persons", "POST /api/cases, then 3 x POST /api/cases/{id}/persons",
				(w, i) -> createCaseWithPersons(api, i), "SQL: 4 transactions with history rows",
				baselines.createCaseWithPersons()));
		LawScenarios.add(scenarios, api, data, baselines);
		WhereaboutsScenarios.add(scenarios, api, data, baselines);
		UrgencyScenarios.add(scenarios, api, data, baselines);
		DraftingScenarios.add(scenarios, api, baselines);
		PublishingScenarios.add(scenarios, api, baselines);
		addPageScenarios(settings, data, baselines, encoder, maxClients);
		if (!settings.only().isEmpty()) {
			scenarios.removeIf(s -> !settings.only().contains(s.name()));
		}
	}

	List<Scenario> all() {
		return scenarios;
	}

	List<String> skipped() {
		return skipped;
	}

	/** The second-factor key the HTML session signed in with (new after a first enrolment), or null. */
	String secondFactorKey() {
		return enrolledKey;
	}

	private void addPageScenarios(DriverSettings settings, ScenarioData data, Baselines baselines, PasswordEncoder encoder,
			int maxClients) {
		if (settings.password() == null) {
			skipped.add("login, case-page-html-*: no password for the bench user (give --password or run 'bench generate')");
			return;
		}
		BrowserSession[] sessions = new BrowserSession[maxClients];
		for (int w = 0; w < maxClients; w++) {
			sessions[w] = new BrowserSession(settings.url());
		}
		if (!signIn(sessions[0], settings)) {
			skipped.add("login, case-page-html-*: the server offers no working form login at /login");
			return;
		}
		scenarios.add(new Scenario("login", "GET /login (CSRF token) + POST /login (password step), a fresh session each time",
				(w, i) -> sessions[w].login(settings.username(), settings.password()),
				"Argon2id verify in-process (production parameters)", Baselines.passwordCheck(encoder, settings.password())));
		BrowserSession signedIn = new BrowserSession(settings.url());
		try {
			enrolledKey = signedIn.signInWithSecondFactor(settings.username(), settings.password(), settings.totpKey());
		}
		catch (Exception ex) {
			enrolledKey = null;
		}
		if (enrolledKey == null) {
			skipped.add("case-page-html-*: could not complete the sign-in with the second factor (is the saved key current?)");
			return;
		}
		if (!pageExists(signedIn, "/cases/" + data.typical(0))) {
			skipped.add("case-page-html-*: the server has no HTML case page at /cases/{id} yet");
			return;
		}
		// All workers share one fully signed-in session: a second factor accepts each code only once.
		UUID largest = data.largestCase();
		scenarios.add(new Scenario("case-page-html-typical", "GET /cases/{id} (HTML, signed in), a case with 1-10 persons",
				(w, i) -> signedIn.page("/cases/" + data.typical(i)), "SQL: case + team + persons + sources + history",
				baselines.fullCase(data::typical)));
		scenarios.add(new Scenario("case-page-html-largest", "GET /cases/{id} (HTML, signed in), the largest case",
				(w, i) -> signedIn.page("/cases/" + largest), "SQL: case + team + persons + sources + history",
				baselines.fullCase(i -> largest)));
		WhereaboutsScenarios.addPages(scenarios, signedIn, largest, baselines);
		DispatchScenarios.addPages(scenarios, skipped, signedIn, baselines);
	}

	/** The login scenario signs sessions out by starting afresh; the page scenarios sign in again first. */
	static boolean signIn(BrowserSession session, DriverSettings settings) {
		try {
			return session.login(settings.username(), settings.password());
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static boolean pageExists(BrowserSession session, String path) {
		try {
			return session.page(path);
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static boolean createCaseWithPersons(ApiClient api, int i) throws Exception {
		String id = api.create("/api/cases", "{\"title\":\"Bench case " + i + " held in Yanji\",\"countryOfCustody\":\"CN\","
				+ "\"countryOfFearedReturn\":\"KP\",\"summary\":\"Five refugees arrested in Shenyang, held near Yanji.\","
				+ "\"priority\":\"URGENT\"}");
		if (id == null) {
			return false;
		}
		String[] names = { "김영철", "Park Sung-min", "李明" };
		for (int p = 0; p < names.length; p++) {
			String person = api.create("/api/cases/" + id + "/persons", "{\"kind\":\"INDIVIDUAL\",\"publicLabel\":\"Refugee "
					+ (char) ('A' + p) + "\",\"name\":\"" + names[p] + "\",\"role\":\"AT_RISK\",\"numberOfPersons\":1}");
			if (person == null) {
				return false;
			}
		}
		return true;
	}

}
