package org.vigil.bench.internal;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;

/**
 * The watch list of the bench team, whose cases are all the generated ones (at the default size,
 * far more than the 20 000 open cases of the target): the first page, as a researcher's
 * home page asks for it. Baseline: the two statements the page needs — its rows in the list's order
 * and the count the pager needs, which stops 1 000 cases past the page — over plain JDBC.
 */
final class UrgencyScenarios {

	private UrgencyScenarios() {
	}

	/** Adds the scenario to the run's list. */
	static void add(List<Scenario> scenarios, ApiClient api, ScenarioData data, Baselines baselines) {
		UUID team = data.teamId();
		scenarios.add(new Scenario("watch-list", "GET /api/watch-list (first page of 50) of the bench team, all its open cases",
				(w, i) -> api.get("/api/watch-list"), "SQL: a page of 50 assessments in the list's order + the pager's count (up to 1 050)",
				(worker, i) -> {
					Connection c = baselines.connection(worker);
					return Baselines.readAll(c, "select case_id, team_id, reference, level, reasons, next_step, last_action_at, level_since, "
							+ "assessed_at from urgency_assessments where case_status = 'OPEN' and team_id = ? "
							+ "order by level_rank, last_action_at, case_id limit 50", team)
							&& Baselines.readAll(c, "select count(*) from (select 1 from urgency_assessments where case_status = 'OPEN' "
									+ "and team_id = ? limit 1051) counted", team);
				}));
	}

}
