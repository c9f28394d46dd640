package org.vigil.platform.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Says where in a JSON body reading failed, without echoing the body itself. */
final class JsonProblems {

	/** Jackson's words for a field given twice (StreamReadFeature.STRICT_DUPLICATE_DETECTION). */
	private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"(.*)\"", Pattern.DOTALL);

	private JsonProblems() {
	}

	/** The path of the field where reading failed, such as {@code themes[2]}; empty when unknown. */
	static String path(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			return jackson.getPath().stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse("");
		}
		return "";
	}

	/**
	 * The values accepted where a code was expected and another given (an unknown risk, say), as
	 * {@code TORTURE, DEATH_PENALTY, …} in their declared order; empty when the field is no code.
	 */
	static Optional<String> acceptedValues(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
				&& mismatch.getTargetType().isEnum()) {
			return Optional.of(Arrays.stream(mismatch.getTargetType().getEnumConstants()).map(value -> ((Enum<?>) value).name())
				.collect(Collectors.joining(", ")));
		}
		return Optional.empty();
	}

	static String where(HttpMessageNotReadableException ex) {
		String path = path(ex);
		return path.isEmpty() ? "" : " at '" + path + "'";
	}

	/**
	 * The refusal of a body that was read but broke one of Vigil's rules of input: text that is not
	 * accepted ({@link JsonInput}), a field given twice. Empty for a body that is simply not JSON of
	 * the expected shape.
	 */
	static Optional<Refused> refusal(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof JsonInput.TextRefused text) {
			String path = path(ex);
			return Optional.of(new Refused(text.problem().in(path.isEmpty() ? "body" : path)));
		}
		if (ex.getCause() instanceof StreamReadException read && read.getOriginalMessage() != null) {
			Matcher duplicate = DUPLICATE.matcher(read.getOriginalMessage());
			if (duplicate.find()) {
				String field = duplicate.group(1);
				return Optional.of(new Refused(Refusal.onField(RequestRule.DUPLICATE_FIELD, field, field)));
			}
		}
		return Optional.empty();
	}

}
