package org.vigil.letters;

/** The kinds of document Vigil writes, each with its own template per language. */
public enum LetterKind {

	URGENT_APPEAL, FOLLOW_UP_APPEAL, JOINT_LETTER, PRESS_RELEASE;

	/** The name of the shipped template's resource, e.g. {@code urgent-appeal}. */
	public String resourceName() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
