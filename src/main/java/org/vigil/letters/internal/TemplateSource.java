package org.vigil.letters.internal;

import org.vigil.letters.LetterKind;

/** Where the renderer finds the template of a kind and language: the organisation's, else the shipped one. */
@FunctionalInterface
interface TemplateSource {

	/** The template's text; {@code language} is one of {@link LetterModel#LANGUAGES}. */
	String template(LetterKind kind, String language);

	/** The template shipped with Vigil for a kind and language ({@code letters/templates/urgent-appeal_en.html}). */
	static String shipped(LetterKind kind, String language) {
		return LetterTemplateEngine.read("letters/templates/" + kind.resourceName() + "_" + language + ".html");
	}

}
