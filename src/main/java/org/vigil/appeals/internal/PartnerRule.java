package org.vigil.appeals.internal;

import org.vigil.platform.RefusalRule;

/** The rules that refuse a partner organisation or its place on an appeal; explanations are {@code refusal.NAME}. */
enum PartnerRule implements RefusalRule {

	NOT_ADMINISTRATOR(Kind.NOT_ALLOWED),
	/** Bad input like any other field: the logo is part of a JSON body or form, answered 400 with the reason. */
	LOGO_TOO_LARGE(Kind.BAD_INPUT),
	LOGO_NOT_AN_IMAGE(Kind.BAD_INPUT),
	PARTNER_UNKNOWN(Kind.BAD_INPUT),
	PARTNER_REPEATED(Kind.BAD_INPUT),
	TOO_MANY_PARTNERS(Kind.BAD_INPUT);

	private final Kind kind;

	PartnerRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
