package org.vigil.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.vigil.platform.Refused;

/**
 * Answers a request that a filter refuses before Spring MVC — its parameters cannot be decoded,
 * its multipart body is broken, it is too large — the way the rest of Vigil answers: a problem for
 * the API, the error page for the web UI. The error page is reached as a plain GET without
 * parameters or body, so that nothing on the way to it (the CSRF check, the language switch) tries
 * to read again what could not be read the first time.
 */
@Component
class EarlyRefusals {

	/** The request attribute that carries the refusal to the error page ({@link ErrorPages}). */
	static final String REFUSED = EarlyRefusals.class.getName() + ".refused";

	private final ProblemWriter problems;

	EarlyRefusals(ProblemWriter problems) {
		this.problems = problems;
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
	}

	void refuse(HttpServletRequest request, HttpServletResponse response, Refused refused) throws ServletException, IOException {
		if (isApi(request)) {
			problems.write(request, response, refused);
			return;
		}
		HttpServletRequest withoutBody = new WithoutBody(request);
		withoutBody.setAttribute(REFUSED, refused);
		toErrorPage(withoutBody, response, RefusalStatus.of(refused.refusal()), null);
	}

	/** The error page with {@code status}; {@code detail} for the log of the error dispatch only. */
	static void toErrorPage(HttpServletRequest request, HttpServletResponse response, int status, String detail)
			throws ServletException, IOException {
		HttpServletRequest withoutBody = request instanceof WithoutBody ? request : new WithoutBody(request);
		withoutBody.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		withoutBody.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		if (detail != null) {
			withoutBody.setAttribute(RequestDispatcher.ERROR_MESSAGE, detail);
		}
		response.setStatus(status);
		request.getRequestDispatcher("/error").forward(withoutBody, response);
	}

	/** The request as a GET without parameters or body. */
	private static final class WithoutBody extends HttpServletRequestWrapper {

		WithoutBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
