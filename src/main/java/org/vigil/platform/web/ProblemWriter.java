package org.vigil.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.vigil.platform.RefusalMessages;
import org.vigil.platform.Refused;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem for answers given before Spring MVC is reached — a security entry
 * point refusing a request without credentials, a filter refusing an upload past the limit or
 * input it cannot read — in the same shape as {@link ApiProblemHandler}'s. Everything after MVC is
 * reached goes through that handler instead.
 */
@Component
public class ProblemWriter {

	private final JsonMapper json;

	private final RefusalMessages messages;

	ProblemWriter(JsonMapper json, RefusalMessages messages) {
		this.json = json;
		this.messages = messages;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		send(response, status.value(), problem);
	}

	/** The problem of a refusal, as {@link ApiProblemHandler} answers it. */
	public void write(HttpServletRequest request, HttpServletResponse response, Refused refused) throws IOException {
		ProblemDetail problem = RefusalProblems.of(refused, messages, request.getRequestURI());
		send(response, problem.getStatus(), problem);
	}

	private void send(HttpServletResponse response, int status, Object problem) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.writeValueAsString(problem));
	}

}
