package org.vigil.followup.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.UserDirectory;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.FollowUpAppeals;
import org.vigil.cases.CaseDirectory;
import org.vigil.followup.FollowupTasks;
import org.vigil.platform.EditRule;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;

/**
 * What officers do with follow-up tasks: read those due for their teams (or given to them), finish,
 * assign and snooze one, draft the follow-up letter of one. Each step is checked by {@link TaskPolicy}, carries the version it was
 * made on, and is audited. A task of a team the viewer is not in does not exist for them.
 */
@Service
class Tasks implements FollowupTasks {

	static final int MAX_LIST = 200;

	private final TaskStore store;

	private final UserDirectory users;

	private final FollowupClock clock;

	private final FollowupAudit audit;

	private final CaseDirectory cases;

	private final FollowUpAppeals followUps;

	Tasks(TaskStore store, UserDirectory users, FollowupClock clock, FollowupAudit audit, CaseDirectory cases, FollowUpAppeals followUps) {
		this.store = store;
		this.users = users;
		this.clock = clock;
		this.audit = audit;
		this.cases = cases;
		this.followUps = followUps;
	}

	@Override
	public List<OpenTask> openFor(Viewer viewer, int limit) {
		return due(viewer, false, limit).stream()
			.map(t -> new OpenTask(t.id(), t.caseId(), t.caseReference(), t.appealId(), t.kind().name(), t.sentAt(), t.dueAt(), t.assignee(),
					t.followUpAppealId()))
			.toList();
	}

	/** The open tasks of the viewer's teams, those due first; only those given to the viewer when {@code mine}. */
	List<Task> due(Viewer viewer, boolean mine, int limit) {
		return store.open(viewer.teamIds(), mine ? viewer.username() : null, clock.now(), limit);
	}

	@Transactional
	Task done(Viewer viewer, UUID taskId, long version) {
		Task task = visible(viewer, taskId);
		refuseUnless(viewer, "followup.done", task, TaskPolicy.toAct(viewer, task));
		changed(task, version, store.done(taskId, version, viewer.username(), clock.now()));
		audit.record(viewer, "followup.done", task, Map.of("kind", task.kind().name()));
		return store.find(taskId).orElseThrow();
	}

	@Transactional
	Task assign(Viewer viewer, UUID taskId, long version, String assignee) {
		Task task = visible(viewer, taskId);
		Viewer to = assignee == null ? null : users.viewerNamed(assignee).orElse(null);
		Optional<Refusal> refused = assignee != null && to == null ? Optional.of(Refusal.onField(FollowupRule.ASSIGNEE_NOT_IN_TEAM, "assignee"))
				: TaskPolicy.toAssign(viewer, task, to);
		refuseUnless(viewer, "followup.assigned", task, refused);
		changed(task, version, store.assign(taskId, version, to == null ? null : to.username()));
		audit.record(viewer, "followup.assigned", task, Map.of("assignee", to == null ? "(team)" : to.username()));
		return store.find(taskId).orElseThrow();
	}

	@Transactional
	Task snooze(Viewer viewer, UUID taskId, long version, Instant until) {
		Task task = visible(viewer, taskId);
		refuseUnless(viewer, "followup.snoozed", task, TaskPolicy.toSnooze(viewer, task, until, clock.now()));
		changed(task, version, store.snooze(taskId, version, until));
		audit.record(viewer, "followup.snoozed", task, Map.of("until", until.toString()));
		return store.find(taskId).orElseThrow();
	}

	/**
	 * Drafts the follow-up letter of an open follow-up task, through appeals' {@link FollowUpAppeals} (which
	 * checks that the viewer may draft on the case, and audits the draft), and records the draft on the
	 * task; {@link DueDates} closes the task when that letter is dispatched. The task's row is held while
	 * the letter is drafted, so that two officers at once get one draft, the second a refusal naming it.
	 */
	@Transactional
	Task draftFollowUp(Viewer viewer, UUID taskId) {
		visible(viewer, taskId);
		Task task = store.lock(taskId).orElseThrow(() -> new NotFoundException("Task"));
		refuseUnless(viewer, "followup.follow-up-drafted", task, TaskPolicy.toDraftFollowUp(task));
		UUID draft = followUps.draftFollowUp(viewer, cases.standing(viewer, task.caseId()), task.appealId());
		store.followedUpBy(taskId, draft);
		audit.record(viewer, "followup.follow-up-drafted", task, Map.of("appeal", draft.toString()));
		return store.find(taskId).orElseThrow();
	}

	private Task visible(Viewer viewer, UUID taskId) {
		return store.find(taskId).filter(t -> viewer.isMemberOf(t.teamId())).orElseThrow(() -> new NotFoundException("Task"));
	}

	private void refuseUnless(Viewer viewer, String action, Task task, Optional<Refusal> refused) {
		if (refused.isPresent()) {
			audit.denied(viewer, action, task, refused.get().rule().toString());
			throw refused.get().toException();
		}
	}

	/** A step that changed nothing was made on an older version (the task is still open: the policy said so). */
	private void changed(Task task, long version, boolean changed) {
		if (!changed) {
			long current = store.find(task.id()).map(Task::version).orElse(task.version());
			throw EditRule.stale(current, List.of()).toException();
		}
	}

}
