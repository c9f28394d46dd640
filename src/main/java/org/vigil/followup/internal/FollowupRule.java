package org.vigil.followup.internal;

import org.vigil.platform.RefusalRule;

/** The rules that can refuse a step on a follow-up task. Their explanations are {@code refusal.NAME} in the bundles. */
enum FollowupRule implements RefusalRule {

	/** Only advocacy officers and reviewers of the case's team act on its tasks. */
	NOT_TEAM_FOLLOW_UP(Kind.NOT_ALLOWED),
	/** The task is not open (not due yet, done, or closed). */
	TASK_NOT_OPEN(Kind.WRONG_STATE),
	/** A task goes to an enabled user of the case's team who may act on it. */
	ASSIGNEE_NOT_IN_TEAM(Kind.BAD_INPUT),
	/** Same meaning as the case registry's rule of that name: the case's key is destroyed. */
	CASE_PURGED(Kind.WRONG_STATE),
	/** The report on what the appeals achieve is for reviewers and administrators. */
	REPORT_FOR_DIRECTORS(Kind.NOT_ALLOWED),
	/** Only a follow-up task (no reply came) offers a follow-up letter. */
	NOT_A_FOLLOW_UP(Kind.WRONG_STATE),
	/** A follow-up letter was drafted from the task already ({@code {0}}: its appeal's reference); it is not drafted twice. */
	FOLLOW_UP_ALREADY_DRAFTED(Kind.WRONG_STATE),
	/** A task is snoozed into the future, at most a year. */
	SNOOZE_OUT_OF_RANGE(Kind.BAD_INPUT);

	private final Kind kind;

	FollowupRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
