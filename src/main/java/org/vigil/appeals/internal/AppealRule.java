package org.vigil.appeals.internal;

import org.vigil.platform.RefusalRule;

/**
 * The rules that can refuse a step on an appeal ({@link AppealPolicy} decides which applies).
 * Their explanations are {@code refusal.NAME} in the message bundles; API callers read the name as
 * {@code refusal}.
 */
enum AppealRule implements RefusalRule {

	CASE_NOT_CHANGEABLE(Kind.NOT_ALLOWED),
	NOT_TEAM_REVIEWER(Kind.NOT_ALLOWED),
	SIGNATURE_NOT_CONFIRMED(Kind.NOT_ALLOWED),
	OWN_APPEAL(Kind.NOT_ALLOWED),
	NOT_A_DRAFT(Kind.WRONG_STATE),
	APPROVED_IS_FINAL(Kind.WRONG_STATE),
	NOT_IN_REVIEW(Kind.WRONG_STATE),
	INCOMPLETE(Kind.WRONG_STATE),
	/** Only an approved appeal has a letter to send or download. */
	LETTER_NOT_APPROVED(Kind.WRONG_STATE),
	/** Same meaning as the case registry's rule of that name: the case's key is destroyed. */
	CASE_PURGED(Kind.WRONG_STATE),
	/** Only a signatory of the appeal approves it once it names signatories. */
	NOT_A_SIGNATORY(Kind.NOT_ALLOWED),
	ALREADY_SIGNED(Kind.WRONG_STATE),
	/** Withdrawing an approval the signatory has not given. */
	NOT_SIGNED(Kind.WRONG_STATE),
	/** An approval cannot be withdrawn once the letter was dispatched. */
	LETTER_ALREADY_SENT(Kind.WRONG_STATE),
	/** A signatory must be a user with a signing profile (name and title). */
	SIGNATORY_UNKNOWN(Kind.BAD_INPUT),
	SIGNATORY_REPEATED(Kind.BAD_INPUT),
	TOO_MANY_SIGNATORIES(Kind.BAD_INPUT),
	/** A signature image goes with a signing profile: set the name and title first. */
	SIGNING_PROFILE_REQUIRED(Kind.WRONG_STATE),
	SIGNATURE_TOO_LARGE(Kind.BAD_INPUT),
	SIGNATURE_NOT_AN_IMAGE(Kind.BAD_INPUT),
	/** Returning an appeal to draft says what should change. */
	COMMENT_REQUIRED(Kind.BAD_INPUT),
	/** A generated appeal names at least one directory entry it is addressed to. */
	ADDRESSEE_REQUIRED(Kind.BAD_INPUT),
	/** A generated appeal is of a kind of letter Vigil writes. */
	KIND_UNKNOWN(Kind.BAD_INPUT),
	/** Vigil generates the text of a new draft only; an edit says what the text is. */
	GENERATE_ONLY_WHEN_DRAFTING(Kind.BAD_INPUT);

	private final Kind kind;

	AppealRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
