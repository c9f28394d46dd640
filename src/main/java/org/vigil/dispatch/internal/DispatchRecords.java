package org.vigil.dispatch.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.dispatch.DispatchFigures;
import org.vigil.dispatch.Dispatches;

/**
 * {@link Dispatches} and {@link DispatchFigures} from the attempts and replies tables: a sent letter has its
 * {@code sent_at}; the figures are aggregated in SQL
 * over a row per appeal kept as letters go out and replies come, so that they stay quick over hundreds of thousands of appeals.
 */
@Component
class DispatchRecords implements Dispatches, DispatchFigures {

	private final JdbcClient jdbc;

	DispatchRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Instant> lastSentAt(UUID caseId) {
		return latest("select max(sent_at) from dispatch_attempts where case_id = :caseId", caseId, null);
	}

	@Override
	public Optional<Instant> firstSentAt(UUID caseId, UUID appealId) {
		return latest("select min(sent_at) from dispatch_attempts where case_id = :caseId and appeal_id = :appealId", caseId, appealId);
	}

	@Override
	public Map<UUID, Instant> lastSentAt(Collection<UUID> caseIds) {
		Map<UUID, Instant> sent = new HashMap<>();
		jdbc.sql("select case_id, max(sent_at) from dispatch_attempts where case_id = any(?) and sent_at is not null group by case_id")
			.param(caseIds.toArray(UUID[]::new))
			.query(rs -> {
				sent.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
			});
		return sent;
	}

	@Override
	public Optional<Instant> firstReplyAt(UUID caseId, UUID appealId) {
		return latest("select min(received_at) from dispatch_replies where case_id = :caseId and appeal_id = :appealId "
				+ "and status = 'ATTACHED'", caseId, appealId);
	}

	private Optional<Instant> latest(String sql, UUID caseId, UUID appealId) {
		var statement = jdbc.sql(sql).param("caseId", caseId);
		if (appealId != null) {
			statement = statement.param("appealId", appealId);
		}
		return statement.query(Timestamp.class).optional().map(Timestamp::toInstant);
	}

	// ------------------------------------------------------------------ figures for the directors' report
	// Read from dispatch_appeal_figures and dispatch_addressee_figures (V177): a row per appeal (and per appeal
	// and addressee) kept by triggers as letters go out and replies are attached, instead of every letter and reply.

	@Override
	public long revision() {
		return jdbc.sql("select greatest((select max(revision) from dispatch_appeal_figures), "
				+ "(select max(revision) from dispatch_addressee_figures), 0)").query(Long.class).single();
	}

	@Override
	public List<Count> sentPerMonth(int months) {
		return jdbc.sql("""
				select to_char(date_trunc('month', first_sent_at at time zone 'UTC'), 'YYYY-MM') as month, count(*)
				from dispatch_appeal_figures where first_sent_at >= date_trunc('month', now()) - make_interval(months => :back)
				group by 1 order by 1""")
			.param("back", months - 1)
			.query((rs, i) -> new Count(rs.getString(1), rs.getLong(2))).list();
	}

	@Override
	public List<Answered> answeredByState() {
		return jdbc.sql("""
				select c.country_of_custody, count(*), count(f.first_reply_at) from dispatch_appeal_figures f join cases c on c.id = f.case_id
				where f.first_sent_at is not null group by 1 order by 2 desc, 1""")
			.query((rs, i) -> new Answered(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
	}

	@Override
	public List<Answered> answeredByAddressee(int limit) {
		// A reply matched to a letter counts for its addressee; one logged by hand or attached from triage, for every addressee of the appeal.
		return jdbc.sql("""
				select a.addressee, count(*), count(*) filter (where a.answered or f.replied_to_all) from dispatch_addressee_figures a
				join dispatch_appeal_figures f on f.appeal_id = a.appeal_id group by 1 order by 2 desc, 1 limit :limit""")
			.param("limit", limit)
			.query((rs, i) -> new Answered(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
	}

	@Override
	public List<Count> repliesByImpact() {
		return jdbc.sql("""
				select impact, count(*) from dispatch_replies where status = 'ATTACHED' group by impact
				order by array_position(array['POSITIVE', 'NO_IMPACT', 'NEGATIVE', 'UNKNOWN']::varchar[], impact) nulls last""")
			.query((rs, i) -> new Count(rs.getString(1), rs.getLong(2))).list();
	}

	@Override
	public Medians medians() {
		return jdbc.sql("""
				select percentile_cont(0.5) within group (order by extract(epoch from first_sent_at - case_opened_at) / 86400),
				percentile_cont(0.5) within group (order by extract(epoch from first_reply_at - first_sent_at) / 86400)
				from dispatch_appeal_figures where first_sent_at is not null""")
			.query((rs, i) -> new Medians((Double) rs.getObject(1), (Double) rs.getObject(2))).single();
	}

}
