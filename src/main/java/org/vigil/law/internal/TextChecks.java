package org.vigil.law.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.vigil.platform.Refusal;

/** The edge checks of the law module's inputs: text without control characters, within length; dates within range. */
final class TextChecks {

	/** The earliest date Vigil accepts on a legal record: the oldest instrument here is from 1951, claims are newer. */
	static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);

	private TextChecks() {
	}

	static Optional<Refusal> text(String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			return required ? Optional.of(Refusal.onField(LawRefusal.LAW_TEXT_REQUIRED, field)) : Optional.empty();
		}
		if (value.length() > max) {
			return Optional.of(Refusal.onField(LawRefusal.LAW_TEXT_TOO_LONG, field, max));
		}
		if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
			return Optional.of(Refusal.onField(LawRefusal.LAW_TEXT_CONTROL_CHARACTERS, field));
		}
		return Optional.empty();
	}

	static Optional<Refusal> date(String field, LocalDate value, LocalDate today) {
		if (value == null) {
			return Optional.of(Refusal.onField(LawRefusal.LAW_TEXT_REQUIRED, field));
		}
		if (value.isBefore(EARLIEST) || value.isAfter(today)) {
			return Optional.of(Refusal.onField(LawRefusal.LAW_DATE_OUT_OF_RANGE, field, EARLIEST.toString(), today.toString()));
		}
		return Optional.empty();
	}

	/** Text as stored: trimmed, Windows line ends made plain, {@code null} for blank. */
	static String clean(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip().replace("\r\n", "\n");
	}

}
