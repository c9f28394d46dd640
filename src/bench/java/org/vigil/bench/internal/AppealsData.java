package org.vigil.bench.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The appeals of the generated cases, with their letters out and the replies to them, for the
 * directors' report ({@code /reports/appeals}). Written in SQL, straight into the tables, unlike the
 * cases: through the API each appeal needs a draft, a review and an approval by a second reviewer who
 * gives their password again (an Argon2id check each), and a dispatch that really sends — 200 000 of
 * them would take most of a day on two cores. So these rows carry no audit entries, no history and no
 * rendered letter; the report reads none of those.
 *
 * <p>Skewed like the work: each appeal goes out by email, a third also by fax, a third of those also by
 * post, spread over the last two years (most recent months busier); about 40 % get a reply, between a
 * day and two months later, of one of the HURIDOCS response types; an outcome is recorded for about 30 %.
 * The sealed parts of a reply (sender, subject, text) are left empty: the report counts replies, it never
 * reads them.
 */
final class AppealsData {

	private static final String ADDRESSEES = "array['President of the People''s Republic of China', 'Minister of Public Security', "
			+ "'Minister of Foreign Affairs', 'Minister of Justice', 'Permanent Representative to the United Nations Office at Geneva', "
			+ "'Minister of the Interior', 'Head of the Immigration Service', 'Ambassador in Seoul']";

	private AppealsData() {
	}

	/** Adds {@code appeals} appeals over the team's cases, in turn; answers how many rows were written. */
	static long write(DataSource dataSource, String team, int appeals, long seed, PrintWriter out) {
		if (appeals <= 0) {
			return 0;
		}
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			long rows = 0;
			// One row per new appeal: its case (in turn), and the numbers that shape it (from the seed, not from the order of rows).
			statement.execute("""
					create temp table bench_new_appeals on commit drop as
					with team_cases as (select id, row_number() over (order by md5(id::text)) - 1 as n, count(*) over () as total
					from cases where team_id = (select id from teams where name = '%s'))
					select gen_random_uuid() as id, c.id as case_id, g,
					abs(hashtext('%d-a-' || g)) as r1, abs(hashtext('%d-b-' || g)) as r2, abs(hashtext('%d-c-' || g)) as r3,
					now() - make_interval(days => (sqrt((abs(hashtext('%d-d-' || g)) %% 10000) / 10000.0) * 730)::int) as sent_at
					from generate_series(0, %d - 1) g join team_cases c on c.n = g %% c.total""".formatted(team.replace("'", "''"), seed, seed, seed, seed,
					appeals));
			rows += statement.executeUpdate("""
					insert into appeals (id, case_id, status, addressee, language, subject, asks, body, created_at, created_by, updated_at,
					updated_by, last_edited_at, last_edited_by, submitted_at, submitted_by, approved_at, approved_by, version)
					select id, case_id, 'APPROVED', (%s)[1 + r1 %% 8], 'en', 'Bench appeal ' || g, 'That they not be returned.',
					'Your Excellency, we appeal to you.', sent_at - interval '2 days', 'bench', sent_at - interval '1 day', 'bench',
					sent_at - interval '2 days', 'bench', sent_at - interval '1 day', 'bench', sent_at - interval '1 day', 'bench', 2
					from bench_new_appeals""".formatted(ADDRESSEES));
			rows += statement.executeUpdate(attempts("EMAIL", "'bench-' || g || '@gov.example.org'", "true"));
			rows += statement.executeUpdate(attempts("FAX", "'+86 10 6551 ' || (1000 + r2 % 9000)", "r2 % 3 = 0"));
			rows += statement.executeUpdate(attempts("POST", "'14 Dong Chang''an Street, Beijing'", "r2 % 9 = 0"));
			rows += statement.executeUpdate("""
					insert into dispatch_replies (id, status, case_id, appeal_id, attempt_id, matched_by, received_via, response_type,
					message_id, received_at, taken_in_at, taken_in_by, version)
					select gen_random_uuid(), 'ATTACHED', n.case_id, n.id, a.id, 'THREAD', 'EMAIL',
					(array['ACKNOWLEDGEMENT', 'DENIAL', 'INFORMATION_PROVIDED', 'ACTION_TAKEN', 'OTHER'])[1 + n.r3 % 5],
					'<reply-' || n.id || '@gov.example.org>', n.sent_at + make_interval(days => 1 + n.r3 % 60),
					n.sent_at + make_interval(days => 1 + n.r3 % 60), 'bench', 0
					from bench_new_appeals n join dispatch_attempts a on a.appeal_id = n.id and a.channel = 'EMAIL'
					where n.r3 % 5 < 2""");
			rows += statement.executeUpdate("""
					insert into followup_outcomes (appeal_id, case_id, appeal_status, case_outcome, recorded_at, recorded_by, version)
					select id, case_id, (array['NO_RESPONSE', 'ACKNOWLEDGED', 'RESPONSE_RECEIVED', 'ACTION_TAKEN', 'CLOSED'])[1 + r1 % 5],
					(array['UNKNOWN', 'STILL_HELD', 'RELEASED', 'REACHED_SAFETY', 'FORCIBLY_RETURNED', 'DISAPPEARED'])[1 + r2 % 6],
					sent_at + interval '70 days', 'bench', 0 from bench_new_appeals where r1 % 10 < 3""");
			connection.commit();
			out.printf("Wrote %,d appeals with their letters, replies and outcomes (%,d rows, in SQL) in %.1f s.%n", appeals, rows,
					(System.nanoTime() - started) / 1e9);
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Writing the appeals failed: " + ex.getMessage(), ex);
		}
	}

	/** The letters of one channel, sent, for the new appeals that meet the condition. */
	private static String attempts(String channel, String destination, String condition) {
		return """
				insert into dispatch_attempts (id, case_id, appeal_id, appeal_reference, channel, destination, destination_title, status,
				message_id, attempts, created_at, created_by, last_attempt_at, sent_at, version)
				select gen_random_uuid(), n.case_id, n.id, 'A-' || upper(substr(replace(n.id::text, '-', ''), 1, 8)), '%s', %s,
				(%s)[1 + n.r1 %% 8], 'SENT', '<' || n.id || '-%s@bench.vigil>', 1, n.sent_at, 'bench', n.sent_at, n.sent_at, 1
				from bench_new_appeals n where %s"""
			.formatted(channel, destination, ADDRESSEES, channel.toLowerCase(java.util.Locale.ROOT), condition);
	}

}
