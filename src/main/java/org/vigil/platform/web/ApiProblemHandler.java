package org.vigil.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.RefusalMessages;
import org.vigil.platform.Refused;

/**
 * The one place where the JSON API turns failures into RFC 9457 problem details: {@code 400}
 * names each bad field and why, {@code 404} covers unknown and invisible records alike,
 * {@code 409} reports concurrent edits, {@code 413} an upload past the size limit, a refusal by
 * one of Vigil's rules answers as its kind says ({@link RefusalStatus}), and anything unexpected is
 * a {@code 500} without details.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private final RefusalMessages messages;

	ApiProblemHandler(RefusalMessages messages) {
		this.messages = messages;
	}

	/** A refusal by one of Vigil's rules, answered as {@link RefusalProblems} says. */
	@ExceptionHandler(Refused.class)
	ResponseEntity<ProblemDetail> refused(Refused refused, HttpServletRequest request) {
		ProblemDetail problem = RefusalProblems.of(refused, messages, request.getRequestURI());
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<RefusalProblems.FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(e -> new RefusalProblems.FieldProblem(e.getField(), e.getDefaultMessage()))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some fields are missing or wrong: " + String.join(", ", errors.stream().map(e -> e.field() + " " + e.reason()).toList()) + ".");
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A parameter out of its documented range ({@code ?page=-1}, {@code ?size=100000}), or a body
	 * checked together with the parameters: each named in {@code errors}.
	 */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<RefusalProblems.FieldProblem> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			if (result instanceof ParameterErrors bound) {
				bound.getFieldErrors().forEach(e -> errors.add(new RefusalProblems.FieldProblem(e.getField(), e.getDefaultMessage())));
			}
			else {
				result.getResolvableErrors().forEach(e -> errors.add(new RefusalProblems.FieldProblem(name, e.getDefaultMessage())));
			}
		});
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some values are out of range: " + String.join(", ", errors.stream().map(e -> e.field() + " " + e.reason()).toList()) + ".");
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A body that is not JSON of the expected shape; the field, when Jackson knows it, is named in
	 * {@code errors}. Text Vigil does not accept and fields given twice are refusals of their own.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Optional<Refused> refused = JsonProblems.refusal(ex);
		if (refused.isPresent()) {
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(RefusalProblems.of(refused.get(), messages, path(request)));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON of the expected shape" + JsonProblems.where(ex)
						+ ". Check the field names and value types against /api/openapi.json.");
		problem.setTitle("Unreadable request body");
		String field = JsonProblems.path(ex);
		if (!field.isEmpty()) {
			String message = JsonProblems.acceptedValues(ex).map(values -> "must be one of " + values)
				.orElse("has a value of the wrong type or format");
			problem.setProperty("errors", List.of(new RefusalProblems.FieldProblem(field, message)));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	private static String path(WebRequest request) {
		return request instanceof org.springframework.web.context.request.ServletWebRequest servlet
				? servlet.getRequest().getRequestURI() : "/";
	}

	/** An upload past the servlet's multipart limit ({@code spring.servlet.multipart.*}), refused before it reached Vigil. */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"The upload is larger than Vigil accepts" + limit(ex) + "; nothing was stored.");
		problem.setTitle("File too large");
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
	}

	static String limit(MaxUploadSizeExceededException ex) {
		return ex.getMaxUploadSize() > 0 ? " (" + ex.getMaxUploadSize() / (1024 * 1024) + " MB)" : "";
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No such record, or it is not shared with you.");
		problem.setTitle("Not found");
		problem.setInstance(RefusalProblems.instance(request.getRequestURI()));
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badPathOrParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		if (ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
			return notFound(new NotFoundException(ex.getName()), request);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The parameter '" + ex.getName() + "' has a value that is not allowed.");
		problem.setTitle("Invalid input");
		problem.setProperty("errors", List.of(new RefusalProblems.FieldProblem(ex.getName(), "has a value that is not allowed")));
		return problem;
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		List<RefusalProblems.FieldProblem> errors = ex.getConstraintViolations().stream()
			.map(v -> new RefusalProblems.FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some values are not allowed.");
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(ObjectOptimisticLockingFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else saved this record at the same moment. Load it again, then repeat your change.");
		problem.setTitle("Edit conflict");
		return problem;
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Your role does not allow this. " + ex.getMessage());
		problem.setTitle("Forbidden");
		return problem;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Vigil could not complete this request. Nothing was changed unless the response said so; the administrator can find details in the log.");
		problem.setTitle("Internal error");
		problem.setProperties(Map.of());
		return problem;
	}

}
