package org.vigil.urgency.internal;

import java.util.Optional;

import org.vigil.platform.Refusal;

/** The edge check of one line of text an administrator types: short enough, without control characters. */
final class TextCheck {

	private TextCheck() {
	}

	static Optional<Refusal> line(String field, String value, int max) {
		if (value.length() > max) {
			return Optional.of(Refusal.onField(UrgencyRule.URGENCY_TEXT_TOO_LONG, field, max));
		}
		if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
			return Optional.of(Refusal.onField(UrgencyRule.URGENCY_TEXT_CONTROL_CHARACTERS, field));
		}
		return Optional.empty();
	}

}
