package org.vigil.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;

/**
 * Answers an upload past the multipart limits ({@code spring.servlet.multipart.*}) with a clear
 * {@code 413}: a problem detail for the API, the error page for the web UI. Without it, the
 * container refuses to read the body and every later look at the request's parameters fails —
 * the CSRF check, the language switch, even the error page — so the user would see a server error.
 * It runs before everything else and reads the body of multipart requests only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitFilter extends OncePerRequestFilter {

	private final DataSize maxFileSize;

	private final DataSize maxRequestSize;

	private final ProblemWriter problems;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize, ProblemWriter problems) {
		this.maxFileSize = maxFileSize;
		this.maxRequestSize = maxRequestSize;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxRequestSize.toBytes()) {
			// Declared too large: refused before a byte of it is read or spooled to disk.
			refuse(request, response);
			return;
		}
		try {
			new StandardMultipartHttpServletRequest(request); // parses now; the container keeps the parts
		}
		catch (MaxUploadSizeExceededException tooLarge) {
			refuse(request, response);
			return;
		}
		catch (MultipartException otherwise) {
			// A malformed body: the route that reads it answers that.
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
		String detail = "The upload is larger than Vigil accepts (" + maxFileSize.toMegabytes() + " MB per file); nothing was stored.";
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "File too large", detail);
			return;
		}
		// The error page, reached as a plain GET whose refused body nobody tries to read again.
		HttpServletRequest withoutBody = new WithoutBody(request);
		withoutBody.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		withoutBody.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		withoutBody.setAttribute(RequestDispatcher.ERROR_MESSAGE, detail);
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
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
