package org.vigil.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.vigil.platform.Refusal;
import org.vigil.platform.RefusalMessages;
import org.vigil.platform.RefusalRule;
import org.vigil.platform.Refused;

/**
 * The RFC 9457 problem of a refusal, the same wherever it is answered — in Spring MVC
 * ({@link ApiProblemHandler}) or before it ({@link ProblemWriter}, for filters): the status follows
 * the rule's kind, {@code refusal} names the rule, {@code errors} each field refused, and the
 * refusals' details are added as they are. When several refusals come together (several fields
 * wrong at once), the first decides the status and the name, and the detail explains them all.
 */
final class RefusalProblems {

	/** A field that was wrong and how to put it right. */
	record FieldProblem(String field, String reason) {
	}

	private RefusalProblems() {
	}

	static ProblemDetail of(Refused refused, RefusalMessages messages, String path) {
		Refusal first = refused.refusal();
		HttpStatus status = RefusalStatus.of(first.rule().kind());
		List<String> reasons = messages.explain(refused.refusals());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, String.join(" ", reasons));
		problem.setTitle(title(first.rule().kind()));
		problem.setInstance(instance(path));
		problem.setProperty("refusal", first.rule().name());
		List<FieldProblem> errors = new ArrayList<>();
		for (int i = 0; i < reasons.size(); i++) {
			Refusal refusal = refused.refusals().get(i);
			if (refusal.field() != null) {
				errors.add(new FieldProblem(refusal.field(), reasons.get(i)));
			}
			refusal.details().forEach(problem::setProperty);
		}
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	/** The request's path as the problem's {@code instance}; none when it is not a valid URI reference. */
	static URI instance(String path) {
		try {
			return path == null ? null : URI.create(path);
		}
		catch (IllegalArgumentException notAUri) {
			return null;
		}
	}

	static String title(RefusalRule.Kind kind) {
		return switch (kind) {
			case BAD_INPUT -> "Invalid input";
			case NOT_ALLOWED -> "Forbidden";
			case NOT_FOUND -> "Not found";
			case WRONG_STATE -> "Not allowed in this state";
			case GONE -> "Gone";
			// Only uploads are refused for their size, here and before MVC (UploadLimitFilter).
			case TOO_LARGE -> "File too large";
			case UNSUPPORTED_FORMAT -> "Unsupported format";
		};
	}

}
