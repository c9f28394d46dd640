package org.vigil.dispatch.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/** The edge check of one line a person types on a dispatch form: short enough, without control characters. */
final class FormText {

	private static final Pattern ONE_LINE = Pattern.compile(DispatchApiModels.ONE_LINE);

	private FormText() {
	}

	/** What is wrong with the value ({@code tooLong}, {@code controlCharacters}), or nothing. */
	static Optional<String> problem(String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			return required ? Optional.of("required") : Optional.empty();
		}
		if (value.length() > max) {
			return Optional.of("tooLong");
		}
		return ONE_LINE.matcher(value).matches() ? Optional.empty() : Optional.of("controlCharacters");
	}

}
