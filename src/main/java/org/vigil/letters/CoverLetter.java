package org.vigil.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The short letter that goes in the envelope in front of a posted letter: the sending organisation,
 * the addressee, the reference, and a line asking that the enclosed letter reach its addressee. Its
 * fixed phrases are in the letter's language.
 *
 * @param language {@code en}, {@code ko} or {@code zh}; others get English
 * @param from the sending organisation's letterhead
 * @param addressee the addressee block, one line each (name, title, postal address)
 * @param reference the enclosed letter's reference, printed on the cover letter too
 * @param enclosedPages how many pages the enclosed letter has
 * @param date the day it is posted
 */
public record CoverLetter(String language, LetterDocument.Letterhead from, List<String> addressee, String reference, int enclosedPages,
		LocalDate date) {

	public CoverLetter {
		language = language == null || language.isBlank() ? "en" : language;
		Objects.requireNonNull(from, "from");
		addressee = List.copyOf(Objects.requireNonNullElse(addressee, List.of()));
		reference = Objects.requireNonNullElse(reference, "");
		Objects.requireNonNull(date, "date");
		if (enclosedPages < 1) {
			throw new IllegalArgumentException("a cover letter encloses a letter of at least one page");
		}
	}

}
