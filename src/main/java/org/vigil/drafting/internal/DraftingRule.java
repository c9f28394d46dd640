package org.vigil.drafting.internal;

import org.vigil.platform.RefusalRule;

/** The rules that can refuse a draft; their explanations are {@code refusal.NAME} in the drafting bundle. */
enum DraftingRule implements RefusalRule {

	/** An addressee or copy names an entry the directory does not hold. */
	NOT_IN_DIRECTORY(Kind.BAD_INPUT);

	private final Kind kind;

	DraftingRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
