package org.vigil.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
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
import org.vigil.platform.Refusal;

/**
 * Reads every multipart body first, and answers one that cannot be read: past the multipart limits
 * ({@code spring.servlet.multipart.*}) with a clear {@code 413}, and one that is broken — no
 * boundary, cut short — with a {@code 400} ({@link RequestRule#MALFORMED_MULTIPART}); a problem
 * detail for the API, the error page for the web UI. Without it, the container refuses to read the
 * body and every later look at the request's parameters fails — the CSRF check, the language
 * switch, even the error page — so the user would see a server error. It runs before everything
 * else and reads the body of multipart requests only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitFilter extends OncePerRequestFilter {

	private final DataSize maxFileSize;

	private final DataSize maxRequestSize;

	private final ProblemWriter problems;

	private final EarlyRefusals refusals;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize, ProblemWriter problems,
			EarlyRefusals refusals) {
		this.maxFileSize = maxFileSize;
		this.maxRequestSize = maxRequestSize;
		this.problems = problems;
		this.refusals = refusals;
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
			tooLarge(request, response);
			return;
		}
		try {
			new StandardMultipartHttpServletRequest(request); // parses now; the container keeps the parts
		}
		catch (MaxUploadSizeExceededException tooLarge) {
			tooLarge(request, response);
			return;
		}
		catch (MultipartException broken) {
			refusals.refuse(request, response, Refusal.of(RequestRule.MALFORMED_MULTIPART).toException());
			return;
		}
		chain.doFilter(request, response);
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
		String detail = "The upload is larger than Vigil accepts (" + maxFileSize.toMegabytes() + " MB per file); nothing was stored.";
		if (EarlyRefusals.isApi(request)) {
			problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "File too large", detail);
			return;
		}
		EarlyRefusals.toErrorPage(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, detail);
	}

}
