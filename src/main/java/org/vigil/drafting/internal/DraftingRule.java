package org.vigil.drafting.internal;

import org.vigil.platform.RefusalRule;

/** The rules that can refuse a draft; their explanations are {@code refusal.NAME} in the drafting bundle. */
enum DraftingRule implements RefusalRule {

	/** An addressee or copy names an entry the directory does not hold. */
	NOT_IN_DIRECTORY(Kind.BAD_INPUT),

	/** The drafter asked the letter to name the people, but the case's identities are not revealed to them now. */
	NAMES_NOT_REVEALED(Kind.NOT_ALLOWED),

	/** A follow-up appeal was ordered without naming the earlier appeal it follows up. */
	FOLLOW_UP_OF_WHICH_APPEAL(Kind.BAD_INPUT),

	/** The appeal a follow-up would cite is not approved, or no letter of it went out yet. */
	EARLIER_APPEAL_NOT_SENT(Kind.WRONG_STATE);

	private final Kind kind;

	DraftingRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
