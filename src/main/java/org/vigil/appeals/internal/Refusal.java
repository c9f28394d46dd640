package org.vigil.appeals.internal;

/**
 * Why the rules refuse a step, and whether it is about who asks ({@link #forbidden()}) or about
 * the state of the appeal. Pages show {@code appeal.refused.NAME} from the message bundles; the
 * API sends {@link #reason()}.
 */
enum Refusal {

	CASE_NOT_CHANGEABLE(true, "Drafting, editing and submitting appeals takes the researcher role on a case you may change."),
	NOT_TEAM_REVIEWER(true, "Approving or returning an appeal takes the reviewer role in the team that owns the case."),
	SIGNATURE_NOT_CONFIRMED(true, "Approving signs the appeal on the organisation's behalf: give your current password. Nothing was approved."),
	OWN_APPEAL(true, "You drafted, edited or submitted this appeal, so you cannot approve it: a second reviewer of the team must."),
	NOT_A_DRAFT(false, "This appeal is in review: only a draft can be edited or submitted. A reviewer can return it to draft."),
	APPROVED_IS_FINAL(false, "This appeal is approved: it can no longer be changed."),
	NOT_IN_REVIEW(false, "Only an appeal in review can be approved or returned to draft."),
	INCOMPLETE(false, "An appeal goes to review only with its subject, asks and body."),
	CASE_PURGED(false, "The case was purged: its key is destroyed, so its appeals can no longer be read or written.");

	private final boolean forbidden;

	private final String reason;

	Refusal(boolean forbidden, String reason) {
		this.forbidden = forbidden;
		this.reason = reason;
	}

	/** True when the person may not take this step at all; false when the appeal is not in a state for it. */
	boolean forbidden() {
		return forbidden;
	}

	/** A sentence for API callers (English; pages use the message bundles). */
	String reason() {
		return reason;
	}

}
