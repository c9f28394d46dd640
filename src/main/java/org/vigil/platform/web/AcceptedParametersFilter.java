package org.vigil.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;
import org.vigil.platform.validation.AcceptedText;

/**
 * Applies {@link AcceptedText} to every parameter of every request — the query string, form
 * fields, the text fields of a multipart form — before anything reads them: the sign-in form,
 * Spring Security, the language switch, the controllers. A parameter whose text is refused answers
 * {@code 400} naming it; parameters that cannot be decoded at all ({@code %zz}, bytes that are not
 * UTF-8) answer {@code 400} too; accepted text reaches the rest of Vigil normalised. JSON bodies
 * get the same rule from {@link JsonInput}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AcceptedParametersFilter extends OncePerRequestFilter {

	private final EarlyRefusals refusals;

	AcceptedParametersFilter(EarlyRefusals refusals) {
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException undecodable) {
			// Tomcat's InvalidParameterException: a broken percent-encoding or bytes that are not UTF-8.
			refusals.refuse(request, response, Refusal.of(RequestRule.MALFORMED_PARAMETERS).toException());
			return;
		}
		List<Refusal> problems = new ArrayList<>();
		Map<String, String[]> normalised = new LinkedHashMap<>();
		boolean changed = false;
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			AcceptedText.problem(name, false).ifPresent(problem -> problems.add(problem.in(shown(name))));
			String[] values = parameter.getValue().clone();
			for (int i = 0; i < values.length; i++) {
				AcceptedText.check(name, values[i]).ifPresent(problems::add);
				String accepted = AcceptedText.normalise(values[i]);
				changed |= !Objects.equals(accepted, values[i]); // a value may be null (a parameter given without one)
				values[i] = accepted;
			}
			normalised.put(name, values);
		}
		if (!problems.isEmpty()) {
			refusals.refuse(request, response, new Refused(problems));
			return;
		}
		chain.doFilter(changed ? new Normalised(request, normalised) : request, response);
	}

	/** A refused parameter name, as it can be shown: its unprintable characters replaced. */
	private static String shown(String name) {
		StringBuilder shown = new StringBuilder();
		name.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) || Character.isSurrogate((char) c) ? '\uFFFD' : c));
		return shown.toString();
	}

	/** The request with its parameters as accepted: line breaks as {@code \n}, normalisation form C. */
	private static final class Normalised extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		Normalised(HttpServletRequest request, Map<String, String[]> parameters) {
			super(request);
			this.parameters = Collections.unmodifiableMap(parameters);
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = parameters.get(name);
			return values == null ? null : values.clone();
		}

	}

}
