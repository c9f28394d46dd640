package org.vigil.letters.internal;

import org.vigil.platform.RefusalRule;

/** Why the letters module says no (an edit on an older version is platform's {@code EditRule.STALE_VERSION}). Explanations: {@code refusal.NAME} in messages/letters*.properties. */
enum LettersRefusal implements RefusalRule {

	/** The template does not render: line {0}, reason {1}. */
	LETTER_TEMPLATE_DOES_NOT_RENDER(Kind.BAD_INPUT),
	/** The template is empty. */
	LETTER_TEMPLATE_REQUIRED(Kind.BAD_INPUT),
	/** The template is longer than {0} characters. */
	LETTER_TEMPLATE_TOO_LONG(Kind.TOO_LARGE),
	/** The template holds control characters other than tab and newline. */
	LETTER_TEMPLATE_CONTROL_CHARACTERS(Kind.BAD_INPUT),
	/** Only administrators edit letter templates. */
	LETTER_TEMPLATE_ADMINISTRATORS_ONLY(Kind.NOT_ALLOWED);

	private final Kind kind;

	LettersRefusal(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
