package org.vigil.cases.internal;

import java.util.Optional;
import java.util.UUID;

import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;

/**
 * Who may hand out the identity permission of a case, in one place. Reviewers of the owning team
 * grant it to others; nobody grants it to themselves: a member of the team asks for it, and
 * another reviewer of the team grants or declines — the two-person rule, as for bulk exports.
 * Each rule answers the refusal, or nothing when the step is allowed.
 */
final class IdentityPermissionPolicy {

	private IdentityPermissionPolicy() {
	}

	/** @param owningTeam the team that owns the case */
	static Optional<CaseRule> toGrant(Viewer viewer, UUID owningTeam, UUID grantee) {
		if (!isReviewerOf(viewer, owningTeam)) {
			return Optional.of(CaseRule.GRANT_BY_TEAM_REVIEWER);
		}
		return viewer.userId().equals(grantee) ? Optional.of(CaseRule.OWN_GRANT) : Optional.empty();
	}

	/**
	 * @param holds whether the viewer holds the permission on the case already
	 * @param waiting whether a request of theirs on the case waits for a decision
	 */
	static Optional<CaseRule> toRequest(Viewer viewer, UUID owningTeam, boolean holds, boolean waiting) {
		if (!viewer.isMemberOf(owningTeam)) {
			return Optional.of(CaseRule.PERMISSION_FOR_TEAM_ONLY);
		}
		if (holds) {
			return Optional.of(CaseRule.ALREADY_PERMITTED);
		}
		return waiting ? Optional.of(CaseRule.REQUEST_WAITING) : Optional.empty();
	}

	/** Granting or declining a request: another reviewer of the owning team, once. */
	static Optional<CaseRule> toDecide(Viewer viewer, UUID owningTeam, PermissionRequests.Request request) {
		if (!isReviewerOf(viewer, owningTeam)) {
			return Optional.of(CaseRule.GRANT_BY_TEAM_REVIEWER);
		}
		if (request.userId().equals(viewer.userId())) {
			return Optional.of(CaseRule.OWN_REQUEST);
		}
		return request.isWaiting() ? Optional.empty() : Optional.of(CaseRule.REQUEST_DECIDED);
	}

	/** Who holds the permission, and who asked, is for the owning team to know. */
	static Optional<CaseRule> toSeeGrants(Viewer viewer, UUID owningTeam) {
		return viewer.isMemberOf(owningTeam) ? Optional.empty() : Optional.of(CaseRule.PERMISSION_FOR_TEAM_ONLY);
	}

	/** Whether the viewer may grant the permission, to show the form: a reviewer of the owning team. */
	static boolean mayGrant(Viewer viewer, UUID owningTeam) {
		return isReviewerOf(viewer, owningTeam);
	}

	private static boolean isReviewerOf(Viewer viewer, UUID team) {
		return viewer.has(Role.REVIEWER) && viewer.isMemberOf(team);
	}

}
