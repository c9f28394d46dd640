package org.vigil.followup.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where follow-up tasks are kept. Every change of a task checks and raises its version. */
@Component
class TaskStore {

	private final JdbcClient jdbc;

	TaskStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Sets a task of the kind due on the appeal, unless one is set already (answers whether it was new). */
	boolean schedule(UUID caseId, String caseReference, UUID appealId, UUID teamId, TaskKind kind, Instant sentAt, Instant dueAt) {
		return jdbc.sql("""
				insert into followup_tasks (id, case_id, case_reference, appeal_id, team_id, kind, status, sent_at, due_at, created_at, version)
				values (:id, :caseId, :reference, :appealId, :teamId, :kind, 'SCHEDULED', :sentAt, :dueAt, now(), 0)
				on conflict (appeal_id, kind) do nothing""")
			.param("id", UUID.randomUUID()).param("caseId", caseId).param("reference", caseReference).param("appealId", appealId)
			.param("teamId", teamId).param("kind", kind.name()).param("sentAt", Timestamp.from(sentAt)).param("dueAt", Timestamp.from(dueAt))
			.update() > 0;
	}

	Optional<Task> find(UUID id) {
		return jdbc.sql("select * from followup_tasks where id = :id").param("id", id).query(TaskStore::task).optional();
	}

	/** The task, its row locked until the transaction ends: one officer at a time drafts from it. */
	Optional<Task> lock(UUID id) {
		return jdbc.sql("select * from followup_tasks where id = :id for update").param("id", id).query(TaskStore::task).optional();
	}

	/** Records the follow-up appeal drafted from an open task that had none. */
	boolean followedUpBy(UUID id, UUID followUpAppealId) {
		return jdbc.sql("update followup_tasks set follow_up_appeal_id = :appeal, version = version + 1 "
				+ "where id = :id and status = 'OPEN' and follow_up_appeal_id is null")
			.param("appeal", followUpAppealId).param("id", id).update() > 0;
	}

	/** The unfinished tasks (scheduled or open) whose follow-up appeal is this one. */
	List<Task> unfinishedFollowedUpBy(UUID followUpAppealId) {
		return jdbc.sql("select * from followup_tasks where follow_up_appeal_id = :appeal and status in ('SCHEDULED', 'OPEN')")
			.param("appeal", followUpAppealId).query(TaskStore::task).list();
	}

	/** The tasks of the appeal, of every status, in the order they fall due. */
	List<Task> ofAppeal(UUID appealId) {
		return jdbc.sql("select * from followup_tasks where appeal_id = :id order by due_at, kind").param("id", appealId)
			.query(TaskStore::task).list();
	}

	/** The open tasks of these teams not snoozed past {@code now}, those due first; only the user's when {@code assignee} is given. */
	List<Task> open(Set<UUID> teamIds, String assignee, Instant now, int limit) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from followup_tasks where status = 'OPEN' and team_id in (:teams) "
				+ "and (snoozed_until is null or snoozed_until <= :now) and (cast(:assignee as varchar) is null or assignee = :assignee) "
				+ "order by due_at, id limit :limit")
			.param("teams", teamIds).param("now", Timestamp.from(now)).param("assignee", assignee).param("limit", limit)
			.query(TaskStore::task).list();
	}

	/** The follow-ups not yet finished, whose appeal a reply may have answered since. */
	List<Task> awaitingReply() {
		return jdbc.sql("select * from followup_tasks where kind = 'FOLLOW_UP' and status in ('SCHEDULED', 'OPEN') order by due_at")
			.query(TaskStore::task).list();
	}

	/** The ids of the case's tasks not finished yet (scheduled or open). */
	List<UUID> unfinishedOfCase(UUID caseId) {
		return jdbc.sql("select id from followup_tasks where case_id = :id and status in ('SCHEDULED', 'OPEN')").param("id", caseId)
			.query(UUID.class).list();
	}

	/** Opens the scheduled tasks whose day has come; answers how many. */
	int openDue(Instant now) {
		return jdbc.sql("update followup_tasks set status = 'OPEN', version = version + 1 where status = 'SCHEDULED' and due_at <= :now")
			.param("now", Timestamp.from(now)).update();
	}

	/** The open tasks nobody was reminded of yet. */
	List<Task> unreminded() {
		return jdbc.sql("select * from followup_tasks where status = 'OPEN' and reminded_at is null order by due_at, id")
			.query(TaskStore::task).list();
	}

	void reminded(UUID id, Instant at) {
		jdbc.sql("update followup_tasks set reminded_at = :at where id = :id and reminded_at is null")
			.param("at", Timestamp.from(at)).param("id", id).update();
	}

	/** Closes these tasks, those not finished yet; answers how many it closed. */
	int close(Collection<UUID> taskIds, String by, String reason, Instant at) {
		if (taskIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("update followup_tasks set status = 'CLOSED', closed_at = :at, closed_by = :by, closed_reason = :reason, "
				+ "version = version + 1 where id in (:ids) and status in ('SCHEDULED', 'OPEN')")
			.param("at", Timestamp.from(at)).param("by", by).param("reason", reason).param("ids", taskIds).update();
	}

	/** Marks an open task done, if it still has that version. */
	boolean done(UUID id, long version, String by, Instant at) {
		return jdbc.sql("update followup_tasks set status = 'DONE', closed_at = :at, closed_by = :by, closed_reason = 'DONE', "
				+ "version = version + 1 where id = :id and version = :version and status = 'OPEN'")
			.param("at", Timestamp.from(at)).param("by", by).param("id", id).param("version", version).update() > 0;
	}

	/** Gives an open task to a user ({@code null}: back to the team), if it still has that version. */
	boolean assign(UUID id, long version, String assignee) {
		return jdbc.sql("update followup_tasks set assignee = :assignee, version = version + 1 "
				+ "where id = :id and version = :version and status = 'OPEN'")
			.param("assignee", assignee).param("id", id).param("version", version).update() > 0;
	}

	/** Hides an open task until the time given, if it still has that version. */
	boolean snooze(UUID id, long version, Instant until) {
		return jdbc.sql("update followup_tasks set snoozed_until = :until, version = version + 1 "
				+ "where id = :id and version = :version and status = 'OPEN'")
			.param("until", Timestamp.from(until)).param("id", id).param("version", version).update() > 0;
	}

	private static Task task(ResultSet rs, int row) throws SQLException {
		return new Task(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("case_reference"),
				rs.getObject("appeal_id", UUID.class), rs.getObject("team_id", UUID.class), TaskKind.valueOf(rs.getString("kind")),
				TaskStatus.valueOf(rs.getString("status")), instant(rs, "sent_at"), instant(rs, "due_at"), instant(rs, "snoozed_until"),
				rs.getString("assignee"), instant(rs, "reminded_at"), instant(rs, "closed_at"), rs.getString("closed_by"),
				rs.getString("closed_reason"), rs.getObject("follow_up_appeal_id", UUID.class), rs.getLong("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
