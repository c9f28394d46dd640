package org.vigil.platform.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.vigil.platform.RefusalMessages;
import org.vigil.platform.Refused;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the servlet container shows when an answer ends in an error outside Spring MVC's handlers —
 * Spring Security's "forbidden", a route that does not exist, a refusal by a filter: for the API a
 * problem detail, for everything else the friendly error page, whatever the browser's
 * {@code Accept} header. Replaces Spring Boot's error controller, which answered pages with JSON
 * when the request did not ask for HTML, and answered {@code 500} to a request for {@code /error}
 * itself: that is no page of Vigil's, so it is "not found".
 */
@Controller
class ErrorPages implements ErrorController {

	private final RefusalMessages messages;

	private final JsonMapper json;

	ErrorPages(RefusalMessages messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : request.getRequestURI();
		int status = code instanceof Integer given ? given : HttpStatus.NOT_FOUND.value();
		Refused refused = request.getAttribute(EarlyRefusals.REFUSED) instanceof Refused r ? r : null;
		response.setStatus(status);
		if (path.substring(request.getContextPath().length()).startsWith("/api/")) {
			ProblemDetail problem = refused != null ? RefusalProblems.of(refused, messages, path) : problem(status, path);
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(json.writeValueAsString(problem));
			return null;
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.valueOf(status));
		page.addObject("status", status);
		if (refused != null) {
			page.addObject("messageKey", refused.refusal().messageKey());
			page.addObject("messageArguments", refused.refusal().arguments().toArray());
		}
		return page;
	}

	private static ProblemDetail problem(int status, String path) {
		HttpStatus known = HttpStatus.resolve(status);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known, switch (status) {
			case 400 -> "The request could not be read.";
			case 401 -> "Sign in, or send a personal API token as 'Authorization: Bearer …'.";
			case 403 -> "This request is not allowed.";
			case 404 -> "No such record or route, or it is not shared with you.";
			case 405 -> "This route does not take that method; see /api/openapi.json.";
			case 413 -> "The request is larger than Vigil accepts; nothing was stored.";
			case 415 -> "This route does not read that content type; see /api/openapi.json.";
			default -> "Vigil could not complete this request. Nothing was changed unless the response said so; the administrator can find details in the log.";
		});
		problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
		problem.setInstance(RefusalProblems.instance(path));
		return problem;
	}

}
