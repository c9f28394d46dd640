package org.vigil.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;

/**
 * Friendly error pages for the web UI, with the same causes as the API's problem details and
 * never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(HttpServletResponse response) {
		return page(response, 404, "error.notFound");
	}

	/**
	 * A malformed id in the address names no record: "not found". A form value that is not one of
	 * those offered (a role, a status) is bad input: say which field.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response) {
		if (mismatch.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
			return page(response, 404, "error.notFound");
		}
		ModelAndView view = page(response, 400, "error.badValue");
		view.addObject("field", mismatch.getName());
		return view;
	}

	/** A parameter out of its range (a page number, a date): bad input, naming the field. */
	@ExceptionHandler(HandlerMethodValidationException.class)
	ModelAndView outOfRange(HandlerMethodValidationException invalid, HttpServletResponse response) {
		ModelAndView view = page(response, 400, "error.outOfRange");
		view.addObject("field", invalid.getParameterValidationResults().stream()
			.map(result -> result.getMethodParameter().getParameterName())
			.findFirst()
			.orElse("?"));
		return view;
	}

	/**
	 * A refusal that a page controller could not show on a form: the error page explains it in the
	 * reader's language ({@code refusal.RULE}), with the status its kind calls for.
	 */
	@ExceptionHandler(Refused.class)
	ModelAndView refused(Refused refused, HttpServletResponse response) {
		Refusal refusal = refused.refusal();
		ModelAndView view = page(response, RefusalStatus.of(refusal), refusal.messageKey());
		view.addObject("messageArguments", refusal.arguments().toArray());
		return view;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ModelAndView conflict(HttpServletResponse response) {
		return page(response, 409, "error.conflict");
	}

	/** An upload past the servlet's multipart limit: say so, rather than fail. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletResponse response) {
		return page(response, 413, "error.tooLarge");
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (ex instanceof org.springframework.web.ErrorResponse || ex instanceof org.springframework.security.access.AccessDeniedException) {
			throw ex; // Spring MVC and Spring Security answer these themselves, through /error
		}
		log.error("Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), ex);
		return page(response, 500, "error.unexpected");
	}

	private static ModelAndView page(HttpServletResponse response, int status, String messageKey) {
		response.setStatus(status);
		ModelAndView view = new ModelAndView("error");
		view.addObject("status", status);
		view.addObject("messageKey", messageKey);
		return view;
	}

}
