package org.vigil.followup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.vigil.accounts.Viewer;

/** The follow-up tasks that are due for a viewer, as the watch list shows them. */
public interface FollowupTasks {

	/** The open tasks of the viewer's teams (not snoozed), those due first, at most {@code limit}. */
	List<OpenTask> openFor(Viewer viewer, int limit);

	/**
	 * A task that is due.
	 *
	 * @param kind {@code FOLLOW_UP} (no reply came) or {@code PUBLICATION_DECISION} (the confidential window ended)
	 * @param assignee the user it is assigned to, or {@code null} when it is the team's
	 * @param followUpAppealId the follow-up appeal drafted from the task, or {@code null} while none is
	 */
	record OpenTask(UUID id, UUID caseId, String caseReference, UUID appealId, String kind, Instant sentAt, Instant dueAt,
			String assignee, UUID followUpAppealId) {

		/** The short reference of the follow-up appeal drafted from the task ({@code A-…}), or {@code null}. */
		public String followUpReference() {
			return followUpAppealId == null ? null : org.vigil.appeals.ApprovedAppeal.referenceOf(followUpAppealId);
		}
	}

}
