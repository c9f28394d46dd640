package org.vigil.platform.validation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import org.vigil.platform.Refusal;

/**
 * What text Vigil accepts, decided once for every input — JSON bodies, query and form parameters,
 * multipart fields, file names — whatever the field and whether it is protected or not:
 * <ul>
 * <li>no control characters other than tab, line feed and carriage return (PostgreSQL cannot store
 * NUL, and the others only hide or garble text when it is shown or printed);</li>
 * <li>no lone UTF-16 surrogate (half of a character, which cannot be stored or hashed as UTF-8);</li>
 * <li>in names that people recognise things by — file names — also no bidirectional control
 * characters, which can make {@code photo‮gpj.exe} read as {@code photoexe.jpg}.</li>
 * </ul>
 * Accepted text is then normalised: line breaks become {@code \n}, and the text is put in Unicode
 * normalisation form C, so that the same words typed on different systems are the same text (for
 * search, for duplicate detection, for passwords). The web layer applies this to every request
 * ({@code platform.web}); a module reading text from elsewhere calls {@link #check} itself.
 */
public final class AcceptedText {

	private AcceptedText() {
	}

	/**
	 * What is wrong with a text: the rule it breaks, the character ({@code U+0000}) and where it
	 * is (the how-manyth character, from 1). Messages {@code refusal.RULE} take the field, the
	 * character and the position, in that order.
	 */
	public record Problem(TextRule rule, String character, int position) {

		/** The refusal of this problem in the named field. */
		public Refusal in(String field) {
			return Refusal.onField(rule, field, field, character, position);
		}

	}

	/** What is wrong with the value as text for {@code field}, if anything; {@code null} is fine. */
	public static Optional<Refusal> check(String field, String value) {
		return problem(value, false).map(problem -> problem.in(field));
	}

	/** As {@link #check}, for a name shown to identify something, where text direction could spoof: a file name. */
	public static Optional<Refusal> checkName(String field, String value) {
		return problem(value, true).map(problem -> problem.in(field));
	}

	/** The value with line breaks as {@code \n}, in normalisation form C; {@code null} stays {@code null}. */
	public static String normalise(String value) {
		if (value == null) {
			return null;
		}
		String lines = value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
		return Normalizer.isNormalized(lines, Normalizer.Form.NFC) ? lines : Normalizer.normalize(lines, Normalizer.Form.NFC);
	}

	/**
	 * The first problem of the value as text, if any.
	 * @param name whether the text is a name where direction controls could spoof (a file name)
	 */
	public static Optional<Problem> problem(String value, boolean name) {
		if (value == null) {
			return Optional.empty();
		}
		int position = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			position++;
			if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
				i++; // a well-formed pair: one character beyond the basic plane
				continue;
			}
			TextRule broken = Character.isSurrogate(c) ? TextRule.LONE_SURROGATE
					: Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' ? TextRule.CONTROL_CHARACTER
					: name && isBidiControl(c) ? TextRule.BIDI_CONTROL : null;
			if (broken != null) {
				return Optional.of(new Problem(broken, String.format(Locale.ROOT, "U+%04X", (int) c), position));
			}
		}
		return Optional.empty();
	}

	/** The explicit direction marks, embeddings, overrides and isolates of Unicode's bidirectional algorithm. */
	static boolean isBidiControl(char c) {
		return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

}
