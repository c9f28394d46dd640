package org.vigil.vault.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The spellings of a name that should count as the same name for an exact lookup: Unicode NFKC
 * (full-width and compatibility forms), case-folded, punctuation and runs of whitespace turned
 * into one space, Latin diacritics removed ("José" = "Jose"), and the parts sorted so that
 * family-name-first and given-name-first orders meet ("Kim Chol" = "Chol Kim"). Hangul and Han
 * characters are kept as they are.
 */
final class NameVariants {

	private static final Pattern SEPARATORS = Pattern.compile("[\\p{P}\\p{S}\\p{Z}\\s]+");

	/** Latin letters that carry their mark inside the letter and so do not decompose. */
	private static final Map<Integer, String> LATIN_LETTERS = Map.of((int) 'ø', "o", (int) 'đ', "d", (int) 'ł', "l",
			(int) 'ħ', "h", (int) 'ı', "i", (int) 'æ', "ae", (int) 'œ', "oe", (int) 'þ', "th");

	private NameVariants() {
	}

	static List<String> of(String name) {
		if (name == null || name.isBlank()) {
			return List.of();
		}
		String base = normalise(name);
		if (base.isEmpty()) {
			return List.of();
		}
		String folded = withoutLatinDiacritics(base);
		LinkedHashSet<String> variants = new LinkedHashSet<>();
		variants.add(base);
		variants.add(sorted(base));
		variants.add(folded);
		variants.add(sorted(folded));
		return List.copyOf(variants);
	}

	static String normalise(String name) {
		String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
		// Upper then lower case folds "ß" to "ss" and the Greek final sigma to sigma, as full case folding does.
		String folded = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
		return SEPARATORS.matcher(folded).replaceAll(" ").strip();
	}

	static String withoutLatinDiacritics(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		Character.UnicodeScript lastBase = null;
		for (int i = 0; i < decomposed.length();) {
			int c = decomposed.codePointAt(i);
			i += Character.charCount(c);
			if (isMark(c)) {
				if (lastBase != Character.UnicodeScript.LATIN) {
					out.appendCodePoint(c);
				}
				continue;
			}
			lastBase = Character.UnicodeScript.of(c);
			String replacement = LATIN_LETTERS.get(c);
			if (replacement != null) {
				out.append(replacement);
			}
			else {
				out.appendCodePoint(c);
			}
		}
		// Recompose, so that Hangul syllables (decomposed into jamo above) come back whole.
		return Normalizer.normalize(out, Normalizer.Form.NFC);
	}

	private static boolean isMark(int c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
	}

	private static String sorted(String normalised) {
		String[] parts = normalised.split(" ");
		Arrays.sort(parts);
		return String.join(" ", parts);
	}

}
