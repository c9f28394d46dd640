package org.vigil.letters;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The cover sheet sent ahead of a faxed letter.
 *
 * @param language the language of its labels ({@code en}, {@code ko}, {@code zh}; others get English)
 * @param to the addressee, e.g. {@code President Xi Jinping, General Office of the Central Committee}
 * @param faxNumber the number dialled, as printed
 * @param from the sending organisation's letterhead
 * @param pages how many pages follow, the cover sheet included
 * @param reference the letter's reference
 * @param date the day it is sent
 */
public record FaxCover(String language, String to, String faxNumber, LetterDocument.Letterhead from, int pages,
		String reference, LocalDate date) {

	public FaxCover {
		language = language == null || language.isBlank() ? "en" : language;
		to = Objects.requireNonNullElse(to, "");
		faxNumber = Objects.requireNonNullElse(faxNumber, "");
		Objects.requireNonNull(from, "from");
		reference = Objects.requireNonNullElse(reference, "");
		Objects.requireNonNull(date, "date");
		if (pages < 1) {
			throw new IllegalArgumentException("a fax has at least its cover sheet");
		}
	}

}
