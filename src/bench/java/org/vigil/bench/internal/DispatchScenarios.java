package org.vigil.bench.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The scenarios of dispatch and follow-up. {@code appeals-report}: the directors' page
 * {@code GET /reports/appeals} (HTML, signed in as a reviewer) over every appeal generated
 * ({@link AppealsData}), against the five aggregate statements it needs, run over plain JDBC.
 */
final class DispatchScenarios {

	/** The report's statements: each appeal's first letter and first reply, then the five figures (24 months, 20 addressees). */
	private static final String APPEALS = """
			with sent as (select appeal_id, case_id, min(sent_at) as first_sent from dispatch_attempts where sent_at is not null
			group by appeal_id, case_id),
			replied as (select appeal_id, min(received_at) as first_reply from dispatch_replies where status = 'ATTACHED'
			and appeal_id is not null group by appeal_id)
			""";

	private static final List<String> REPORT = List.of(APPEALS + """
			select to_char(date_trunc('month', first_sent at time zone 'UTC'), 'YYYY-MM') as month, count(*) from sent
			where first_sent >= date_trunc('month', now()) - make_interval(months => 23) group by 1 order by 1""", APPEALS + """
			select c.country_of_custody, count(*), count(r.appeal_id) from sent s join cases c on c.id = s.case_id
			left join replied r on r.appeal_id = s.appeal_id group by 1 order by 2 desc, 1""", """
			select coalesce(a.destination_title, a.destination_name, a.channel) as addressee, count(distinct a.appeal_id),
			count(distinct r.appeal_id) from dispatch_attempts a
			left join dispatch_replies r on r.appeal_id = a.appeal_id and r.status = 'ATTACHED' and (r.attempt_id is null or r.attempt_id = a.id)
			where a.sent_at is not null group by 1 order by 2 desc, 1 limit 20""", APPEALS + """
			select percentile_cont(0.5) within group (order by extract(epoch from s.first_sent - c.created_at) / 86400),
			percentile_cont(0.5) within group (order by extract(epoch from r.first_reply - s.first_sent) / 86400)
			from sent s join cases c on c.id = s.case_id left join replied r on r.appeal_id = s.appeal_id""", """
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
				(w, i) -> signedIn.page("/reports/appeals"), "SQL: the report's 5 aggregate statements",
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
