package org.vigil.platform.validation;

import org.vigil.platform.RefusalRule;

/**
 * Why a text was refused (see {@link AcceptedText}). The message of each names the field, the
 * character ({@code U+0000}) and where it is (the how-manyth character, from 1).
 */
public enum TextRule implements RefusalRule {

	/** A control character other than tab and line breaks: NUL, escape, bell, the C1 controls … */
	CONTROL_CHARACTER,

	/** Half of a UTF-16 surrogate pair without its other half: not a character at all. */
	LONE_SURROGATE,

	/** A character that changes the direction of the text around it, in a name where it could spoof another. */
	BIDI_CONTROL;

	@Override
	public Kind kind() {
		return Kind.BAD_INPUT;
	}

}
