package org.vigil.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;
import org.vigil.platform.RefusalRule;

/**
 * The one place where the JSON API turns failures into RFC 9457 problem details: {@code 400}
 * names each bad field and why, {@code 404} covers unknown and invisible records alike,
 * {@code 409} reports concurrent edits, {@code 413} an upload past the size limit, and anything unexpected is a {@code 500} without details.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	/** A field that was wrong and how to put it right. */
	record FieldProblem(String field, String reason) {
	}

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A refusal by one of Vigil's rules: the status follows the rule's kind, {@code refusal} names the
	 * rule, {@code errors} the field when there is one, and the refusal's details are added as they are.
	 */
	@ExceptionHandler(Refused.class)
	ResponseEntity<ProblemDetail> refused(Refused refused, HttpServletRequest request) {
		Refusal refusal = refused.refusal();
		HttpStatus status = status(refusal.rule().kind());
		String reason = messages.getMessage(refusal.messageKey(), refusal.arguments().toArray(), refusal.rule().name(),
				LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, reason);
		problem.setTitle(title(refusal.rule().kind()));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("refusal", refusal.rule().name());
		if (refusal.field() != null) {
			problem.setProperty("errors", List.of(new FieldProblem(refusal.field(), reason)));
		}
		refusal.details().forEach(problem::setProperty);
		return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static HttpStatus status(RefusalRule.Kind kind) {
		return switch (kind) {
			case BAD_INPUT -> HttpStatus.BAD_REQUEST;
			case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case WRONG_STATE -> HttpStatus.CONFLICT;
			case GONE -> HttpStatus.GONE;
			case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
			case UNSUPPORTED_FORMAT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		};
	}

	private static String title(RefusalRule.Kind kind) {
		return switch (kind) {
			case BAD_INPUT -> "Invalid input";
			case NOT_ALLOWED -> "Forbidden";
			case NOT_FOUND -> "Not found";
			case WRONG_STATE -> "Not allowed in this state";
			case GONE -> "Gone";
			case TOO_LARGE -> "Too large";
			case UNSUPPORTED_FORMAT -> "Unsupported format";
		};
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(e -> new FieldProblem(e.getField(), e.getDefaultMessage()))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some fields are missing or wrong: " + String.join(", ", errors.stream().map(e -> e.field() + " " + e.reason()).toList()) + ".");
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON of the expected shape" + JsonProblems.where(ex)
						+ ". Check the field names and value types against /api/openapi.json.");
		problem.setTitle("Unreadable request body");
		return ResponseEntity.badRequest().body(problem);
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
		problem.setInstance(URI.create(request.getRequestURI()));
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
		problem.setProperty("errors", List.of(new FieldProblem(ex.getName(), "has a value that is not allowed")));
		return problem;
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		List<FieldProblem> errors = ex.getConstraintViolations().stream()
			.map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
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
