package org.vigil.drafting.internal;

import org.vigil.platform.RefusalRule;

/** The rules that can refuse a draft; their explanations are {@code refusal.NAME} in the drafting bundle. */
enum DraftingRule implements RefusalRule {

	/** An addressee or copy names an entry the directory does not hold. */
	NOT_IN_DIRECTORY(Kind.BAD_INPUT),

	/** The drafter asked the letter to name the people, but the case's identities are not revealed to them now. */
	NAMES_NOT_REVEALED(Kind.NOT_ALLOWED);

	private final Kind kind;

	DraftingRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
