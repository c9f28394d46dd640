package org.vigil.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An expected "no" as a value: Vigil understood the request and will not carry it out. It names the
 * {@linkplain RefusalRule rule} that refused, the field it is about when it concerns one input, the
 * arguments of its message ({@code refusal.RULE} in the message bundles), and details that help an
 * API caller recover (for a stale edit: the current version and what changed).
 *
 * <p>Use cases answer refusals as values; the edge turns them into answers in exactly one place each:
 * {@code platform.web.ApiProblemHandler} makes the RFC 9457 problem for the API, and for pages
 * {@link org.vigil.platform.web.FormRefusals} puts the message on the form's field while
 * {@code PageErrorHandler} shows it on the error page. A controller that cannot go on throws
 * {@link Refused}; no controller builds a problem or an English sentence itself.
 *
 * @param rule the rule that refused
 * @param field the request field it is about (a JSON property or form field name), or {@code null}
 * @param arguments the message arguments, in the bundle's order
 * @param details extra properties for API callers, e.g. {@code currentVersion}
 */
public record Refusal(RefusalRule rule, String field, List<Object> arguments, Map<String, Object> details) {

	public Refusal {
		Objects.requireNonNull(rule, "rule");
		arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
		details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
	}

	/** A refusal about the request as a whole. */
	public static Refusal of(RefusalRule rule, Object... arguments) {
		return new Refusal(rule, null, Arrays.asList(arguments), Map.of());
	}

	/** A refusal about one field of the request. */
	public static Refusal onField(RefusalRule rule, String field, Object... arguments) {
		return new Refusal(rule, Objects.requireNonNull(field, "field"), Arrays.asList(arguments), Map.of());
	}

	/** The same refusal with one more detail for API callers. */
	public Refusal with(String name, Object value) {
		Map<String, Object> more = new LinkedHashMap<>(details);
		more.put(name, value);
		return new Refusal(rule, field, arguments, more);
	}

	/** The key of the explanation in the message bundles. */
	public String messageKey() {
		return "refusal." + rule.name();
	}

	/** This refusal as an exception, for an edge that cannot go on. */
	public Refused toException() {
		return new Refused(this);
	}

}
