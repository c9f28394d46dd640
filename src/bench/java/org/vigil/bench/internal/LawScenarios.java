package org.vigil.bench.internal;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;

/**
 * The law module's scenario: the legal basis of a typical case ({@code GET /api/cases/{id}/obligations}),
 * against the SQL that request needs — the visible case and its team, its persons (who they are), what
 * the whereabouts module reads for its expected handovers (the case, persons, sources and entries), and
 * the participation rows of the case's states. The rules themselves run in memory and are what Vigil
 * adds on top of the baseline.
 */
final class LawScenarios {

	private static final String CASE_STATES_PARTICIPATION = """
			select p.* from law_participation p join cases c on p.state in (c.country_of_custody, c.country_of_feared_return)
			where c.id = ?""";

	private LawScenarios() {
	}

	static void add(List<Scenario> scenarios, ApiClient api, ScenarioData data, Baselines baselines) {
		scenarios.add(new Scenario("obligations-typical", "GET /api/cases/{id}/obligations, a case with 1-10 persons",
				(w, i) -> api.get("/api/cases/" + data.typical(i) + "/obligations"),
				"SQL: visible case + team + persons + whereabouts (case, persons, sources, entries) + participation of its states",
				(worker, i) -> {
					Connection c = baselines.connection(worker);
					UUID id = data.typical(i);
					// Every query runs, as in the request, whatever the earlier ones found.
					boolean[] read = { baselines.visibleCase(c, id), Baselines.readAll(c, "select * from teams where id = ?", data.teamId()),
							Baselines.readAll(c, "select * from persons where case_id = ? order by created_at", id),
							Baselines.readAll(c, "select * from cases where id = ?", id),
							Baselines.readAll(c, "select * from persons where case_id = ? order by created_at", id),
							Baselines.readAll(c, "select * from sources where case_id = ?", id),
							Baselines.readAll(c, "select * from whereabouts_entries where case_id = ? order by date_earliest, created_at", id),
							Baselines.readAll(c, CASE_STATES_PARTICIPATION, id) };
					for (boolean found : read) {
						if (!found) {
							return false;
						}
					}
					return true;
				}));
	}

}
