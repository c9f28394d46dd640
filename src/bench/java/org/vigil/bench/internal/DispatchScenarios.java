package org.vigil.bench.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The scenarios of dispatch and follow-up. {@code appeals-report}: the directors' page
 * {@code GET /reports/appeals} (HTML, signed in as a reviewer) over every appeal generated
 * ({@link AppealsData}), against the six aggregate statements it runs when it counts again, over plain JDBC (the
 * page keeps four of its charts while no letter or reply changes them, so most requests run two).
 */
final class DispatchScenarios {

	/**
	 * The report's statements when its charts of letters and replies are counted again: those four over the
	 * row per appeal (and per appeal and addressee) kept since V177, then the impact and the outcomes.
	 */
	private static final List<String> REPORT = List.of("""
			select to_char(date_trunc('month', first_sent_at at time zone 'UTC'), 'YYYY-MM') as month, count(*)
			from dispatch_appeal_figures where first_sent_at >= date_trunc('month', now()) - make_interval(months => 23)
			group by 1 order by 1""", """
			select c.country_of_custody, count(*), count(f.first_reply_at) from dispatch_appeal_figures f join cases c on c.id = f.case_id
			where f.first_sent_at is not null group by 1 order by 2 desc, 1""", """
			select a.addressee, count(*), count(*) filter (where a.answered or f.replied_to_all) from dispatch_addressee_figures a
			join dispatch_appeal_figures f on f.appeal_id = a.appeal_id group by 1 order by 2 desc, 1 limit 20""", """
			select percentile_cont(0.5) within group (order by extract(epoch from first_sent_at - case_opened_at) / 86400),
			percentile_cont(0.5) within group (order by extract(epoch from first_reply_at - first_sent_at) / 86400)
			from dispatch_appeal_figures where first_sent_at is not null""", """
			select impact, count(*) from dispatch_replies where status = 'ATTACHED' group by impact""", """
			select c.country_of_custody || ' · ' || c.outcome, count(*) from cases c
			where c.outcome is not null and exists (select 1 from followup_outcomes o where o.case_id = c.id)
			group by c.country_of_custody, c.outcome order by c.country_of_custody, c.outcome""");

	private DispatchScenarios() {
	}

	/** Adds the page scenarios, or says in {@code skipped} why not, for a session signed in with both steps. */
	static void addPages(List<Scenario> scenarios, List<String> skipped, BrowserSession signedIn, Baselines baselines) {
		try {
			if (!signedIn.page("/reports/appeals")) {
				skipped.add("appeals-report: the bench user may not open /reports/appeals (a reviewer may: generate into a fresh VIGIL_HOME)");
				return;
			}
		}
		catch (Exception ex) {
			skipped.add("appeals-report: /reports/appeals did not answer (" + ex.getMessage() + ")");
			return;
		}
		scenarios.add(new Scenario("appeals-report", "GET /reports/appeals (HTML, signed in as a reviewer), every appeal counted",
				(w, i) -> signedIn.page("/reports/appeals"), "SQL: the report's 6 aggregate statements, as when it counts again",
				(worker, i) -> report(baselines.connection(worker))));
	}

	private static boolean report(Connection c) throws SQLException {
		for (String sql : REPORT) {
			try (var statement = c.createStatement(); var rows = statement.executeQuery(sql)) {
				int columns = rows.getMetaData().getColumnCount();
				while (rows.next()) {
					for (int col = 1; col <= columns; col++) {
						rows.getObject(col);
					}
				}
			}
		}
		return true;
	}

}
