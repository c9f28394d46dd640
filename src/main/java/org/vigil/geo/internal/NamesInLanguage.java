package org.vigil.geo.internal;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of a place's names a text in Chinese or Korean writes: picked from the names the index already
 * holds for the place (GeoNames' variants, the curated ones), so that no place carries a name per
 * language beside them — 150 000 places are in memory.
 */
final class NamesInLanguage {

	private NamesInLanguage() {
	}

	/**
	 * The first of the names written wholly in the language's script — Chinese characters for {@code zh}, the
	 * simplified form before any with a traditional character; Hangul for {@code ko}, one word ("선양 시", a
	 * GeoNames variant with the generic word apart, gives way to "심양") — or empty: for another language, or
	 * when no name is in that script.
	 */
	static Optional<String> pick(List<String> names, Locale language) {
		UnicodeScript script = switch (language.getLanguage()) {
			case "zh" -> UnicodeScript.HAN;
			case "ko" -> UnicodeScript.HANGUL;
			default -> null;
		};
		if (script == null) {
			return Optional.empty();
		}
		List<String> written = names.stream().filter(name -> inScript(name, script)).toList();
		if (script == UnicodeScript.HAN) {
			Optional<String> simplified = written.stream().filter(name -> !NameFolding.hasTraditional(name)).findFirst();
			if (simplified.isPresent()) {
				return simplified;
			}
		}
		return written.stream().findFirst();
	}

	/** Letters of the script only, with the dashes and dots that join two names of a border crossing (도문-남양). */
	private static boolean inScript(String name, UnicodeScript script) {
		return name.codePoints().anyMatch(c -> UnicodeScript.of(c) == script)
				&& name.codePoints().allMatch(c -> UnicodeScript.of(c) == script || JOINERS.indexOf(c) >= 0);
	}

	private static final String JOINERS = "-\u2010\u2013\u00b7\u30fb";

}
