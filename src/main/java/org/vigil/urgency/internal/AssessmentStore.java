package org.vigil.urgency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

	void save(StoredAssessment assessment, CaseStatus status) {
		jdbc.sql("""
				insert into urgency_assessments (case_id, team_id, reference, case_status, level, level_rank, reasons, next_step,
				                                 last_action_at, level_since, assessed_at)
				values (:caseId, :teamId, :reference, :status, :level, :rank, :reasons, :nextStep, :lastActionAt, :levelSince, :assessedAt)
				on conflict (case_id) do update set team_id = excluded.team_id, reference = excluded.reference,
				    case_status = excluded.case_status, level = excluded.level, level_rank = excluded.level_rank,
				    reasons = excluded.reasons, next_step = excluded.next_step, last_action_at = excluded.last_action_at,
				    level_since = excluded.level_since, assessed_at = excluded.assessed_at""")
			.param("caseId", assessment.caseId())
			.param("teamId", assessment.teamId())
			.param("reference", assessment.reference())
			.param("status", status.name())
			.param("level", assessment.level().name())
			.param("rank", assessment.level().rank())
			.param("reasons", PhraseJson.write(assessment.reasons()))
			.param("nextStep", PhraseJson.write(assessment.nextStep()))
			.param("lastActionAt", Timestamp.from(assessment.lastActionAt()))
			.param("levelSince", Timestamp.from(assessment.levelSince()))
			.param("assessedAt", Timestamp.from(assessment.assessedAt()))
			.update();
	}

	/**
	 * Holds the case for the rest of the transaction, so that two assessments of one case (a fact
	 * changed while the schedule runs) follow each other and raise at most one alert.
	 */
	void lock(UUID caseId) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(caseId.getMostSignificantBits() ^ caseId.getLeastSignificantBits())
			.query((rs, row) -> 1).single();
	}

	void delete(UUID caseId) {
		jdbc.sql("delete from urgency_assessments where case_id = ?").param(caseId).update();
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

	int countOpen(Collection<UUID> teamIds) {
		if (teamIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("select count(*) from urgency_assessments where case_status = 'OPEN' and team_id in (:teams)")
			.param("teams", teamIds)
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
