package org.vigil.appeals.internal;

import java.util.Optional;
import java.util.UUID;

import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.AppealStatus;

/**
 * Who may do what with an appeal, in one place. Researchers who may change the case draft, edit
 * and submit; reviewers of the team that owns the case approve or return it. Approval needs a
 * second person: nobody who drafted, edited or submitted the appeal may approve it, whatever
 * roles they hold. Approved appeals are final. Each rule answers the refusal, or nothing when
 * the step is allowed.
 */
final class AppealPolicy {

	private AppealPolicy() {
	}

	/** @param mayChangeCase whether the viewer may change the case (see {@code CaseDirectory#mayChange}) */
	static Optional<AppealRule> toDraft(Viewer viewer, boolean mayChangeCase, boolean casePurged) {
		if (!viewer.has(Role.RESEARCHER) || !mayChangeCase) {
			return Optional.of(AppealRule.CASE_NOT_CHANGEABLE);
		}
		return casePurged ? Optional.of(AppealRule.CASE_PURGED) : Optional.empty();
	}

	static Optional<AppealRule> toEdit(Viewer viewer, boolean mayChangeCase, AppealFacts appeal) {
		return toDraft(viewer, mayChangeCase, appeal.purged()).or(() -> draftOnly(appeal));
	}

	static Optional<AppealRule> toSubmit(Viewer viewer, boolean mayChangeCase, AppealFacts appeal) {
		return toEdit(viewer, mayChangeCase, appeal)
			.or(() -> appeal.complete() ? Optional.empty() : Optional.of(AppealRule.INCOMPLETE));
	}

	/** @param owningTeam the team that owns the appeal's case */
	static Optional<AppealRule> toApprove(Viewer viewer, UUID owningTeam, AppealFacts appeal) {
		if (!isReviewerOf(viewer, owningTeam)) {
			return Optional.of(AppealRule.NOT_TEAM_REVIEWER);
		}
		if (appeal.contributors().contains(viewer.userId())) {
			return Optional.of(AppealRule.OWN_APPEAL);
		}
		return inReviewOnly(appeal);
	}

	/**
	 * A signatory's approval: the same rules as an approval by a second person — a reviewer of the
	 * owning team who neither drafted, edited nor submitted it — and they must be a signatory who
	 * has not approved this text yet.
	 *
	 * @param signatories who signs the appeal
	 * @param approved whether the viewer already approved its current text
	 */
	static Optional<AppealRule> toSign(Viewer viewer, UUID owningTeam, AppealFacts appeal, java.util.List<UUID> signatories,
			boolean approved) {
		if (!signatories.contains(viewer.userId())) {
			return Optional.of(AppealRule.NOT_A_SIGNATORY);
		}
		return toApprove(viewer, owningTeam, appeal).or(() -> approved ? Optional.of(AppealRule.ALREADY_SIGNED) : Optional.empty());
	}

	/**
	 * Withdrawing one's approval: only one's own, while the appeal is in review or approved and its
	 * letter was not dispatched.
	 */
	static Optional<AppealRule> toWithdraw(boolean approvedByViewer, AppealFacts appeal, boolean dispatched) {
		if (!approvedByViewer) {
			return Optional.of(AppealRule.NOT_SIGNED);
		}
		if (appeal.purged()) {
			return Optional.of(AppealRule.CASE_PURGED);
		}
		return dispatched ? Optional.of(AppealRule.LETTER_ALREADY_SENT) : Optional.empty();
	}

	static Optional<AppealRule> toReturn(Viewer viewer, UUID owningTeam, AppealFacts appeal) {
		if (!isReviewerOf(viewer, owningTeam)) {
			return Optional.of(AppealRule.NOT_TEAM_REVIEWER);
		}
		return inReviewOnly(appeal);
	}

	/** Which steps to offer the viewer on the appeal's page (the server checks each again). */
	static AppealPermissions permissions(Viewer viewer, boolean mayChangeCase, UUID owningTeam, AppealFacts appeal) {
		Optional<AppealRule> submit = toSubmit(viewer, mayChangeCase, appeal);
		Optional<AppealRule> approve = toApprove(viewer, owningTeam, appeal);
		return new AppealPermissions(toEdit(viewer, mayChangeCase, appeal).isEmpty(),
				// Offered while incomplete too: pressing it says what is missing.
				submit.isEmpty() || submit.get() == AppealRule.INCOMPLETE,
				approve.isEmpty(),
				toReturn(viewer, owningTeam, appeal).isEmpty(),
				approve.equals(Optional.of(AppealRule.OWN_APPEAL)) && appeal.status() == AppealStatus.IN_REVIEW);
	}

	private static boolean isReviewerOf(Viewer viewer, UUID team) {
		return viewer.has(Role.REVIEWER) && viewer.isMemberOf(team);
	}

	private static Optional<AppealRule> draftOnly(AppealFacts appeal) {
		if (appeal.status() == AppealStatus.APPROVED) {
			return Optional.of(AppealRule.APPROVED_IS_FINAL);
		}
		return appeal.status() == AppealStatus.DRAFT ? Optional.empty() : Optional.of(AppealRule.NOT_A_DRAFT);
	}

	private static Optional<AppealRule> inReviewOnly(AppealFacts appeal) {
		if (appeal.purged()) {
			return Optional.of(AppealRule.CASE_PURGED);
		}
		return appeal.status() == AppealStatus.IN_REVIEW ? Optional.empty() : Optional.of(AppealRule.NOT_IN_REVIEW);
	}

}
