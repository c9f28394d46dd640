package org.vigil.drafting.internal;

import java.util.List;
import java.util.Locale;

/** The languages Vigil writes letters in: English in full, Korean and Chinese too; any other gets English. */
final class LetterLanguage {

	static final List<String> ALL = List.of("en", "ko", "zh");

	private LetterLanguage() {
	}

	/** {@code en}, {@code ko} or {@code zh} for a language tag ({@code zh-Hans} is {@code zh}). */
	static String of(String tag) {
		String language = tag == null ? "en" : Locale.forLanguageTag(tag).getLanguage();
		return ALL.contains(language) ? language : "en";
	}

}
