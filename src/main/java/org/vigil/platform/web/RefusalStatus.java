package org.vigil.platform.web;

import org.springframework.http.HttpStatus;
import org.vigil.platform.Refusal;
import org.vigil.platform.RefusalRule;

/** The HTTP status each kind of refusal answers with, in the API and on pages alike. */
public final class RefusalStatus {

	private RefusalStatus() {
	}

	public static HttpStatus of(RefusalRule.Kind kind) {
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

	/** The status of a page or answer that shows this refusal. */
	public static int of(Refusal refusal) {
		return of(refusal.rule().kind()).value();
	}

}
