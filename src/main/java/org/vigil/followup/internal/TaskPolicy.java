package org.vigil.followup.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.ApprovedAppeal;
import org.vigil.platform.Refusal;

/**
 * Who may do what with a follow-up task, in one place: advocacy officers and reviewers of the team
 * that owns the case act on its open tasks, give them to a colleague of the team who may act on them
 * too, and snooze them for up to a year. Each rule answers the refusal, or nothing when allowed.
 */
final class TaskPolicy {

	static final Duration LONGEST_SNOOZE = Duration.ofDays(366);

	private TaskPolicy() {
	}

	/** Finishing, assigning or snoozing the task. */
	static Optional<Refusal> toAct(Viewer viewer, Task task) {
		if (!mayFollowUp(viewer) || !viewer.isMemberOf(task.teamId())) {
			return Optional.of(Refusal.of(FollowupRule.NOT_TEAM_FOLLOW_UP));
		}
		return task.status() == TaskStatus.OPEN ? Optional.empty() : Optional.of(Refusal.of(FollowupRule.TASK_NOT_OPEN));
	}

	/** Giving the task to someone: {@code null} gives it back to the team. */
	static Optional<Refusal> toAssign(Viewer viewer, Task task, Viewer assignee) {
		return toAct(viewer, task).or(() -> assignee == null || (mayFollowUp(assignee) && assignee.isMemberOf(task.teamId()))
				? Optional.empty() : Optional.of(Refusal.onField(FollowupRule.ASSIGNEE_NOT_IN_TEAM, "assignee")));
	}

	/**
	 * Drafting a follow-up letter from the task: an open follow-up from which none was drafted yet. Who may
	 * draft on the case is the appeals module's rule, asked when the letter is drafted.
	 */
	static Optional<Refusal> toDraftFollowUp(Task task) {
		if (task.kind() != TaskKind.FOLLOW_UP) {
			return Optional.of(Refusal.of(FollowupRule.NOT_A_FOLLOW_UP));
		}
		if (task.followUpAppealId() != null) {
			return Optional.of(Refusal.of(FollowupRule.FOLLOW_UP_ALREADY_DRAFTED, ApprovedAppeal.referenceOf(task.followUpAppealId())));
		}
		return task.status() == TaskStatus.OPEN ? Optional.empty() : Optional.of(Refusal.of(FollowupRule.TASK_NOT_OPEN));
	}

	static Optional<Refusal> toSnooze(Viewer viewer, Task task, Instant until, Instant now) {
		return toAct(viewer, task).or(() -> until.isAfter(now) && !until.isAfter(now.plus(LONGEST_SNOOZE)) ? Optional.empty()
				: Optional.of(Refusal.onField(FollowupRule.SNOOZE_OUT_OF_RANGE, "until")));
	}

	private static boolean mayFollowUp(Viewer viewer) {
		return viewer.has(Role.ADVOCACY) || viewer.has(Role.REVIEWER);
	}

}
