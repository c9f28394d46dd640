package org.vigil.urgency.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigil.cases.CaseStatus;
import org.vigil.urgency.UrgencyLevel;

/**
 * The stored assessments, one per case. The watch list reads a page of a team's open cases, most
 * urgent first and then those left longest without action, through the index made for it.
 */
@Repository
class AssessmentStore {

	private static final String COLUMNS = "case_id, team_id, reference, level, reasons, next_step, last_action_at, level_since, assessed_at";

	private final JdbcClient jdbc;

	AssessmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredAssessment> find(UUID caseId) {
		return jdbc.sql("select " + COLUMNS + " from urgency_assessments where case_id = ?").param(caseId).query(AssessmentStore::row)
			.optional();
	}

	/**
	 * What a batch of cases' stored assessments say of their level and times, and the hash of the
	 * rest, by case id (a case without one is left out): enough to assess them again and to tell
	 * an assessment that came out the same, without reading back their reasons.
	 */
	Map<UUID, Previous> previousAll(Collection<UUID> caseIds) {
		return jdbc.sql("select case_id, level, last_action_at, level_since, assessed_at, content_hash from urgency_assessments "
				+ "where case_id = any(?)")
			.param(ids(caseIds))
			.query((rs, row) -> new Previous(rs.getObject("case_id", UUID.class), UrgencyLevel.valueOf(rs.getString("level")),
					Alerts.instant(rs, "last_action_at"), Alerts.instant(rs, "level_since"), Alerts.instant(rs, "assessed_at"),
					rs.getObject("content_hash", Long.class)))
			.stream()
			.collect(Collectors.toMap(Previous::caseId, Function.identity()));
	}

	/**
	 * A stored assessment as a new one is compared with.
	 *
	 * @param assessedAt {@code null} for a case waiting for its first assessment
	 * @param contentHash {@code null} for a row written before the hash was kept
	 */
	record Previous(UUID caseId, UrgencyLevel level, Instant lastActionAt, Instant levelSince, Instant assessedAt, Long contentHash) {

		/** Whether storing {@code saved} would write what the row already says (apart from when it was assessed). */
		boolean says(Saved saved) {
			return assessedAt != null && contentHash != null && contentHash == saved.contentHash();
		}

	}

	/**
	 * An assessment to store, with the status of its case (the watch list shows open cases only),
	 * its phrases as stored, and the hash of all it says but when it was assessed.
	 */
	record Saved(StoredAssessment assessment, CaseStatus status, String reasons, String nextStep, long contentHash) {

		static Saved of(StoredAssessment a, CaseStatus status) {
			String reasons = PhraseJson.write(a.reasons());
			String nextStep = PhraseJson.write(a.nextStep());
			// Times as PostgreSQL keeps them (to the microsecond), so that a level reached now hashes the same when read back.
			String content = String.join("\u0000", a.teamId().toString(), a.reference(), status.name(), a.level().name(), reasons, nextStep,
					a.lastActionAt().truncatedTo(ChronoUnit.MICROS).toString(), a.levelSince().truncatedTo(ChronoUnit.MICROS).toString());
			return new Saved(a, status, reasons, nextStep, hash(content));
		}

		private static long hash(String content) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
				return ByteBuffer.wrap(digest).getLong();
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
			}
		}

	}

	/**
	 * Stores the assessments, replacing those the cases had, in one statement for all of them (the
	 * caller leaves out those that came out the same, see {@link Previous#says}): each
	 * column is sent as one array, and PostgreSQL reads them side by side ({@code unnest}) — a
	 * thousand upserts in one statement instead of a batch of a thousand statements.
	 */
	void saveAll(List<Saved> saved) {
		if (saved.isEmpty()) {
			return;
		}
		int n = saved.size();
		UUID[] caseIds = new UUID[n];
		UUID[] teamIds = new UUID[n];
		String[] references = new String[n];
		String[] statuses = new String[n];
		String[] levels = new String[n];
		Integer[] ranks = new Integer[n];
		String[] reasons = new String[n];
		String[] nextSteps = new String[n];
		String[] lastActions = new String[n];
		String[] levelsSince = new String[n];
		String[] assessedAt = new String[n];
		Long[] hashes = new Long[n];
		for (int i = 0; i < n; i++) {
			StoredAssessment a = saved.get(i).assessment();
			caseIds[i] = a.caseId();
			teamIds[i] = a.teamId();
			references[i] = a.reference();
			statuses[i] = saved.get(i).status().name();
			levels[i] = a.level().name();
			ranks[i] = a.level().rank();
			reasons[i] = saved.get(i).reasons();
			nextSteps[i] = saved.get(i).nextStep();
			lastActions[i] = a.lastActionAt().toString();
			levelsSince[i] = a.levelSince().toString();
			assessedAt[i] = a.assessedAt().toString();
			hashes[i] = saved.get(i).contentHash();
		}
		jdbc.sql("""
				insert into urgency_assessments (case_id, team_id, reference, case_status, level, level_rank, reasons, next_step,
				                                 last_action_at, level_since, assessed_at, content_hash)
				select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[],
				                     ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::bigint[])
				on conflict (case_id) do update set team_id = excluded.team_id, reference = excluded.reference,
				    case_status = excluded.case_status, level = excluded.level, level_rank = excluded.level_rank,
				    reasons = excluded.reasons, next_step = excluded.next_step, last_action_at = excluded.last_action_at,
				    level_since = excluded.level_since, assessed_at = excluded.assessed_at, content_hash = excluded.content_hash""")
			.params(caseIds, teamIds, references, statuses, levels, ranks, reasons, nextSteps, lastActions, levelsSince, assessedAt, hashes)
			.update();
	}

	/**
	 * Holds the cases for the rest of the transaction, so that two assessments of one case (a fact
	 * changed while the schedule runs) follow each other and raise at most one alert. The locks are
	 * taken in the order of the ids given; the recomputation gives them in id order.
	 */
	void lock(List<UUID> caseIds) {
		jdbc.sql("select pg_advisory_xact_lock(k) from unnest(?) with ordinality as t(k, n) order by n")
			.param(caseIds.stream().map(id -> id.getMostSignificantBits() ^ id.getLeastSignificantBits()).toArray(Long[]::new))
			.query((rs, row) -> 1)
			.list();
	}

	void delete(Collection<UUID> caseIds) {
		if (!caseIds.isEmpty()) {
			jdbc.sql("delete from urgency_assessments where case_id = any(?)").param(ids(caseIds)).update();
		}
	}

	private static UUID[] ids(Collection<UUID> caseIds) {
		return caseIds.toArray(UUID[]::new);
	}

	/** A page of the teams' open cases, most urgent first, then those left longest without action. */
	List<StoredAssessment> watchList(Collection<UUID> teamIds, int offset, int limit) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from urgency_assessments where case_status = 'OPEN' and team_id in (:teams) "
				+ "order by level_rank, last_action_at, case_id offset :offset limit :limit")
			.param("teams", teamIds)
			.param("offset", offset)
			.param("limit", limit)
			.query(AssessmentStore::row)
			.list();
	}

	/**
	 * How many open cases the teams have, counting no further than {@code limit}: the pager needs to
	 * know whether there are more, not how many thousand (an exact count reads every row).
	 */
	int countOpen(Collection<UUID> teamIds, int limit) {
		if (teamIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("select count(*) from (select 1 from urgency_assessments where case_status = 'OPEN' and team_id in (:teams) "
				+ "limit :limit) counted")
			.param("teams", teamIds)
			.param("limit", limit)
			.query(Integer.class)
			.single();
	}

	/** The cases still followed (open or monitored), after {@code after} in id order, for reassessing them all in batches. */
	List<UUID> followedCases(UUID after, int limit) {
		return jdbc.sql("select case_id from urgency_assessments where case_status <> 'CLOSED' and case_id > ? order by case_id limit ?")
			.param(after)
			.param(limit)
			.query(UUID.class)
			.list();
	}

	/** The teams that have cases here, for the administrator's page. */
	List<UUID> teams() {
		return jdbc.sql("select distinct team_id from urgency_assessments").query(UUID.class).list();
	}

	private static StoredAssessment row(ResultSet rs, int row) throws SQLException {
		return new StoredAssessment(rs.getObject("case_id", UUID.class), rs.getObject("team_id", UUID.class), rs.getString("reference"),
				UrgencyLevel.valueOf(rs.getString("level")), PhraseJson.readAll(rs.getString("reasons")),
				PhraseJson.read(rs.getString("next_step")), Alerts.instant(rs, "last_action_at"), Alerts.instant(rs, "level_since"),
				Alerts.instant(rs, "assessed_at"));
	}

}
