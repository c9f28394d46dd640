package org.vigil.dispatch.internal;

import java.util.Optional;
import java.util.UUID;

import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.AppealStatus;

/**
 * Who may send an appeal and handle its replies, in one place: advocacy officers and reviewers of
 * the team that owns the case. Only an approved appeal of a case that is not purged is sent. Each
 * rule answers the refusal, or nothing when the step is allowed.
 */
final class DispatchPolicy {

	private DispatchPolicy() {
	}

	/** @param owningTeam the team that owns the appeal's case */
	static Optional<DispatchRule> toDispatch(Viewer viewer, UUID owningTeam, AppealStatus status, boolean casePurged) {
		return toHandleReplies(viewer, owningTeam).or(() -> {
			if (casePurged) {
				return Optional.of(DispatchRule.CASE_PURGED);
			}
			return status == AppealStatus.APPROVED ? Optional.empty() : Optional.of(DispatchRule.APPEAL_NOT_APPROVED);
		});
	}

	/**
	 * Choosing where an appeal goes by itself once approved, or cancelling the choice: the same people, on
	 * an appeal not yet approved (an approved one is dispatched at once instead).
	 */
	static Optional<DispatchRule> toChooseOnApproval(Viewer viewer, UUID owningTeam, AppealStatus status, boolean casePurged) {
		return toHandleReplies(viewer, owningTeam).or(() -> {
			if (casePurged) {
				return Optional.of(DispatchRule.CASE_PURGED);
			}
			return status == AppealStatus.APPROVED ? Optional.of(DispatchRule.APPEAL_ALREADY_APPROVED) : Optional.empty();
		});
	}

	/** Logging a reply by hand, attaching a message from triage to an appeal of the team's case. */
	static Optional<DispatchRule> toHandleReplies(Viewer viewer, UUID owningTeam) {
		return isAdvocate(viewer) && viewer.isMemberOf(owningTeam) ? Optional.empty() : Optional.of(DispatchRule.NOT_TEAM_ADVOCATE);
	}

	/** Reading the triage list and fetching the mailbox: advocacy officers, reviewers and administrators. */
	static Optional<DispatchRule> toTriage(Viewer viewer) {
		return isAdvocate(viewer) || viewer.has(Role.ADMINISTRATOR) ? Optional.empty() : Optional.of(DispatchRule.NOT_TEAM_ADVOCATE);
	}

	private static boolean isAdvocate(Viewer viewer) {
		return viewer.has(Role.ADVOCACY) || viewer.has(Role.REVIEWER);
	}

}
