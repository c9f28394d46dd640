package org.vigil.urgency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.platform.EditRule;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.urgency.UrgencyLevel;

/**
 * Alerts to a case's team when it becomes imminent: raised with the assessment that found it (so
 * that the alert in Vigil is never lost), one open alert per case at a time, acknowledged by a
 * member of the team, and escalated to the team's reviewers when nobody acknowledged it within the
 * administrator's escalation time. Each raising and escalation announces {@link AlertRaised}, from
 * which the email goes.
 */
@Service
class Alerts {

	/** The most alerts a list shows at once: more than anyone can act on. */
	static final int MAX_SHOWN = 50;

	private static final String COLUMNS = "id, case_id, team_id, reference, level, raised_at, acknowledged_at, acknowledged_by, "
			+ "escalated_at, version";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final SettingsStore settings;

	private final UrgencyAudit audit;

	private final UrgencyClock clock;

	Alerts(JdbcClient jdbc, ApplicationEventPublisher events, SettingsStore settings, UrgencyAudit audit, UrgencyClock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** Raises an alert for the case's team, unless one is still open; runs in the assessment's transaction. */
	void raise(StoredAssessment assessment, Instant at) {
		boolean open = jdbc.sql("select count(*) from urgency_alerts where case_id = ? and acknowledged_at is null")
			.param(assessment.caseId()).query(Integer.class).single() > 0;
		if (open) {
			return;
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into urgency_alerts (id, case_id, team_id, reference, level, raised_at) values (?, ?, ?, ?, ?, ?)")
			.params(id, assessment.caseId(), assessment.teamId(), assessment.reference(), assessment.level().name(), Timestamp.from(at))
			.update();
		events.publishEvent(new AlertRaised(id, assessment.caseId(), assessment.teamId(), assessment.reference(), assessment.level(), false));
	}

	/** The open alerts of the viewer's teams, newest first. */
	@Transactional(readOnly = true)
	public List<Alert> open(Viewer viewer) {
		if (viewer.teamIds().isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from urgency_alerts where acknowledged_at is null and team_id in (:teams) "
				+ "order by raised_at desc limit :limit")
			.param("teams", viewer.teamIds())
			.param("limit", MAX_SHOWN)
			.query(Alerts::row)
			.list();
	}

	/**
	 * A member of the alert's team says they have seen it, naming the version they saw.
	 * @throws NotFoundException when there is no such alert for the viewer's teams
	 */
	@Transactional
	public Optional<Refusal> acknowledge(Viewer viewer, UUID alertId, Long version) {
		Alert alert = find(alertId).filter(a -> viewer.isMemberOf(a.teamId())).orElseThrow(() -> new NotFoundException("alert"));
		if (version == null) {
			return Optional.of(EditRule.versionRequired());
		}
		if (!alert.isOpen()) {
			return Optional.of(Refusal.of(UrgencyRule.URGENCY_ALERT_ACKNOWLEDGED, alert.acknowledgedBy()));
		}
		int changed = jdbc.sql("update urgency_alerts set acknowledged_at = ?, acknowledged_by = ?, version = version + 1 "
				+ "where id = ? and version = ? and acknowledged_at is null")
			.params(Timestamp.from(clock.now()), viewer.username(), alertId, version)
			.update();
		if (changed == 0) {
			return Optional.of(EditRule.stale(alert.version(), List.of()));
		}
		audit.record(viewer, "urgency.alert-acknowledged", "case", alert.caseId(), Map.of("alert", alertId.toString()));
		return Optional.empty();
	}

	/** Escalates every open alert older than the escalation time to its team's reviewers; answers how many. */
	@Transactional
	public int escalateDue() {
		Instant now = clock.now();
		Instant cutoff = now.minus(Duration.ofMinutes(settings.current().settings().escalateAfterMinutes()));
		List<Alert> due = jdbc.sql("select " + COLUMNS + " from urgency_alerts where acknowledged_at is null and escalated_at is null "
				+ "and raised_at <= ? order by raised_at for update skip locked")
			.param(Timestamp.from(cutoff))
			.query(Alerts::row)
			.list();
		for (Alert alert : due) {
			jdbc.sql("update urgency_alerts set escalated_at = ? where id = ?").params(Timestamp.from(now), alert.id()).update();
			events.publishEvent(new AlertRaised(alert.id(), alert.caseId(), alert.teamId(), alert.reference(), alert.level(), true));
		}
		return due.size();
	}

	Optional<Alert> find(UUID alertId) {
		return jdbc.sql("select " + COLUMNS + " from urgency_alerts where id = ?").param(alertId).query(Alerts::row).optional();
	}

	private static Alert row(ResultSet rs, int row) throws SQLException {
		return new Alert(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("team_id", UUID.class),
				rs.getString("reference"), UrgencyLevel.valueOf(rs.getString("level")), instant(rs, "raised_at"),
				instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"), instant(rs, "escalated_at"), rs.getLong("version"));
	}

	/** A timestamp column as an instant; {@code null} stays {@code null}. (The assessments read theirs with it too.) */
	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
