package org.vigil.cases;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a protected value is looked for in a text that is about to be made public: ignoring case,
 * diacritics, spacing and punctuation, as whole words in Latin script and as a run of characters in
 * Chinese or Korean. Shared by the modules that keep protected values ({@link ProtectedValues}, the
 * places of hiding of whereabouts), so that each finds a value the same way.
 */
public final class WrittenValues {

	/** Shorter values (an initial, a two-letter alias) would match ordinary words; a name in CJK script has two characters. */
	private static final int SHORTEST_LATIN = 3;

	private WrittenValues() {
	}

	/** The text folded for comparison: NFKD without combining marks, lower case, runs of spaces and punctuation as one space. */
	public static String plain(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		return decomposed.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}·、，。：；！？「」『』（）]+", " ").strip();
	}

	/** Whether the value appears in a text already {@linkplain #plain folded}; a blank or too short value never does. */
	public static boolean in(String plainText, String value) {
		if (value == null) {
			return false;
		}
		String needle = plain(value);
		boolean cjk = needle.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
		if (cjk) {
			return needle.length() >= 2 && plainText.contains(needle);
		}
		return needle.length() >= SHORTEST_LATIN && (" " + plainText + " ").contains(" " + needle + " ");
	}

}
