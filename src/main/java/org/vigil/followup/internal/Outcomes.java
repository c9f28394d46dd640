package org.vigil.followup.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.ApprovedAppeals;
import org.vigil.cases.CaseOutcomeRecords;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.Outcome;
import org.vigil.followup.CaseOutcomes;
import org.vigil.followup.OutcomeRecorded;
import org.vigil.platform.EditRule;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;

/**
 * Recording what an appeal achieved: its status (MT45) and the case's outcome, by an advocacy officer
 * or reviewer of the case's team, on the version they read (none for the first record), audited. The
 * case's outcome is one value, the case's own ({@link CaseOutcomeRecords}): recording it here sets the
 * field of the case's form, and the outcome read back (by urgency too) is the case's, however it was set. An
 * outcome that ends the danger (released, reached safety) closes the case's unfinished tasks; every
 * record is published ({@link OutcomeRecorded}) for urgency to follow.
 */
@Service
class Outcomes implements CaseOutcomes {

	/** The outcomes after which nobody needs to follow up: the people are out of danger. */
	static final Set<Outcome> ENDING_DANGER = EnumSet.of(Outcome.RELEASED, Outcome.REACHED_SAFETY);

	/** An appeal's recorded outcome. */
	record Recorded(UUID appealId, UUID caseId, InterventionStatus appealStatus, Outcome caseOutcome, Instant recordedAt, String recordedBy,
			long version) {
	}

	private final JdbcClient jdbc;

	private final ApprovedAppeals appeals;

	private final TaskStore tasks;

	private final FollowupClock clock;

	private final FollowupAudit audit;

	private final ApplicationEventPublisher events;

	private final CaseOutcomeRecords caseOutcomes;

	Outcomes(JdbcClient jdbc, ApprovedAppeals appeals, TaskStore tasks, FollowupClock clock, FollowupAudit audit,
			ApplicationEventPublisher events, CaseOutcomeRecords caseOutcomes) {
		this.caseOutcomes = caseOutcomes;
		this.jdbc = jdbc;
		this.appeals = appeals;
		this.tasks = tasks;
		this.clock = clock;
		this.audit = audit;
		this.events = events;
	}

	/** The case's own outcome: what its form shows, which recording an appeal's outcome sets. */
	@Override
	public Optional<Outcome> latest(UUID caseId) {
		return caseOutcomes.outcomeOf(caseId);
	}

	@Override
	public Map<UUID, Outcome> latest(Collection<UUID> caseIds) {
		return caseOutcomes.outcomesOf(caseIds);
	}

	Optional<Recorded> of(CaseStanding standing, UUID appealId) {
		requireAppeal(standing, appealId);
		return find(appealId);
	}

	@Transactional
	Recorded record(Viewer viewer, CaseStanding standing, UUID appealId, InterventionStatus status, Outcome outcome, Long version) {
		requireAppeal(standing, appealId);
		UUID caseId = standing.caseId();
		boolean advocate = (viewer.has(Role.ADVOCACY) || viewer.has(Role.REVIEWER)) && viewer.isMemberOf(standing.visibleCase().teamId());
		if (!advocate) {
			audit.deniedOn(viewer, "followup.outcome", appealId, caseId, FollowupRule.NOT_TEAM_FOLLOW_UP.name());
			throw Refusal.of(FollowupRule.NOT_TEAM_FOLLOW_UP).toException();
		}
		if (standing.purged()) {
			audit.deniedOn(viewer, "followup.outcome", appealId, caseId, FollowupRule.CASE_PURGED.name());
			throw Refusal.of(FollowupRule.CASE_PURGED).toException();
		}
		Instant now = clock.now();
		Optional<Recorded> before = find(appealId);
		int changed;
		if (before.isEmpty()) {
			changed = jdbc.sql("insert into followup_outcomes (appeal_id, case_id, appeal_status, case_outcome, recorded_at, recorded_by, version) "
					+ "values (:appeal, :case, :status, :outcome, :at, :by, 0) on conflict (appeal_id) do nothing")
				.param("appeal", appealId).param("case", caseId).param("status", status.name()).param("outcome", outcome.name())
				.param("at", Timestamp.from(now)).param("by", viewer.username()).update();
		}
		else if (version == null) {
			throw EditRule.versionRequired().toException();
		}
		else {
			changed = jdbc.sql("update followup_outcomes set appeal_status = :status, case_outcome = :outcome, recorded_at = :at, "
					+ "recorded_by = :by, version = version + 1 where appeal_id = :appeal and version = :version")
				.param("status", status.name()).param("outcome", outcome.name()).param("at", Timestamp.from(now))
				.param("by", viewer.username()).param("appeal", appealId).param("version", version).update();
		}
		if (changed == 0) {
			throw EditRule.stale(find(appealId).map(Recorded::version).orElse(0L), List.of()).toException();
		}
		caseOutcomes.recordOutcome(viewer, caseId, outcome);
		boolean ended = ENDING_DANGER.contains(outcome);
		int closed = ended ? tasks.close(tasks.unfinishedOfCase(caseId), viewer.username(), "OUTCOME_" + outcome.name(), now) : 0;
		audit.recordOn(viewer, "followup.outcome", appealId, caseId, Map.of("status", status.name(), "outcome", outcome.name(),
				"tasksClosed", Integer.toString(closed)));
		events.publishEvent(new OutcomeRecorded(caseId, appealId, status.name(), outcome, ended));
		return find(appealId).orElseThrow();
	}

	private Optional<Recorded> find(UUID appealId) {
		return jdbc.sql("select * from followup_outcomes where appeal_id = :id").param("id", appealId)
			.query((rs, i) -> new Recorded(rs.getObject("appeal_id", UUID.class), rs.getObject("case_id", UUID.class),
					InterventionStatus.valueOf(rs.getString("appeal_status")), Outcome.valueOf(rs.getString("case_outcome")),
					rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), rs.getLong("version")))
			.optional();
	}

	private void requireAppeal(CaseStanding standing, UUID appealId) {
		appeals.statusOf(standing.caseId(), appealId).orElseThrow(() -> new NotFoundException("Appeal"));
	}

}
