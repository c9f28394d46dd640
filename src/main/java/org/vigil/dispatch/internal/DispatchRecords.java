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
 * {@code sent_at}; the figures are aggregated in SQL, so that they stay quick over hundreds of thousands of appeals.
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

	/** Each appeal's first letter out and its first reply attached, if any. */
	private static final String APPEALS = """
			with sent as (select appeal_id, case_id, min(sent_at) as first_sent from dispatch_attempts where sent_at is not null
			group by appeal_id, case_id),
			replied as (select appeal_id, min(received_at) as first_reply from dispatch_replies where status = 'ATTACHED'
			and appeal_id is not null group by appeal_id)
			""";

	@Override
	public List<Count> sentPerMonth(int months) {
		return jdbc.sql(APPEALS + """
				select to_char(date_trunc('month', first_sent at time zone 'UTC'), 'YYYY-MM') as month, count(*) from sent
				where first_sent >= date_trunc('month', now()) - make_interval(months => :back)
				group by 1 order by 1""")
			.param("back", months - 1)
			.query((rs, i) -> new Count(rs.getString(1), rs.getLong(2))).list();
	}

	@Override
	public List<Answered> answeredByState() {
		return jdbc.sql(APPEALS + """
				select c.country_of_custody, count(*), count(r.appeal_id) from sent s join cases c on c.id = s.case_id
				left join replied r on r.appeal_id = s.appeal_id group by 1 order by 2 desc, 1""")
			.query((rs, i) -> new Answered(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
	}

	@Override
	public List<Answered> answeredByAddressee(int limit) {
		// A reply matched to a letter counts for its addressee; one logged by hand or attached from triage, for every addressee of the appeal.
		return jdbc.sql("""
				select coalesce(a.destination_title, a.destination_name, a.channel) as addressee, count(distinct a.appeal_id),
				count(distinct r.appeal_id) from dispatch_attempts a
				left join dispatch_replies r on r.appeal_id = a.appeal_id and r.status = 'ATTACHED' and (r.attempt_id is null or r.attempt_id = a.id)
				where a.sent_at is not null group by 1 order by 2 desc, 1 limit :limit""")
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
		return jdbc.sql(APPEALS + """
				select percentile_cont(0.5) within group (order by extract(epoch from s.first_sent - c.created_at) / 86400),
				percentile_cont(0.5) within group (order by extract(epoch from r.first_reply - s.first_sent) / 86400)
				from sent s join cases c on c.id = s.case_id left join replied r on r.appeal_id = s.appeal_id""")
			.query((rs, i) -> new Medians((Double) rs.getObject(1), (Double) rs.getObject(2))).single();
	}

}
