package org.vigil.publishing.internal.site;

import org.vigil.platform.RefusalRule;

/** Why the public site will not take a text handed to it, or a change of an item. */
enum PublicSiteRule implements RefusalRule {

	/** A field the public copy needs is empty. */
	PUBLIC_FIELD_REQUIRED(Kind.BAD_INPUT),

	/** A field is longer than the site keeps (arguments: the field, the most characters). */
	PUBLIC_FIELD_TOO_LONG(Kind.BAD_INPUT),

	/** A field is not what it must be: a country code, a language tag (arguments: the field). */
	PUBLIC_FIELD_INVALID(Kind.BAD_INPUT),

	/** More themes than an item lists (arguments: the most). */
	PUBLIC_TOO_MANY_THEMES(Kind.BAD_INPUT),

	/** A search of more words than the site looks for at once (arguments: the most). */
	PUBLIC_TOO_MANY_WORDS(Kind.BAD_INPUT),

	/** A withdrawn item is not corrected or withdrawn again. */
	PUBLIC_ITEM_WITHDRAWN(Kind.WRONG_STATE);

	private final Kind kind;

	PublicSiteRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
