package org.vigil.urgency.internal;

import org.vigil.platform.RefusalRule;

/** Why the urgency module says no. Explanations: {@code refusal.NAME} in messages/urgency*.properties. */
enum UrgencyRule implements RefusalRule {

	/** A setting was left empty. */
	URGENCY_VALUE_REQUIRED(Kind.BAD_INPUT),
	/** Text where a number belongs. */
	URGENCY_NOT_A_NUMBER(Kind.BAD_INPUT),
	/** A number outside {0}..{1}. */
	URGENCY_NUMBER_OUT_OF_RANGE(Kind.BAD_INPUT),
	/** A text longer than {0} characters. */
	URGENCY_TEXT_TOO_LONG(Kind.BAD_INPUT),
	/** A list of more than {0} lines. */
	URGENCY_TOO_MANY_LINES(Kind.BAD_INPUT),
	/** A line of onward returns that is not two different country codes ({0}: the line). */
	URGENCY_ONWARD_RETURN_INVALID(Kind.BAD_INPUT),
	/** An email address Vigil cannot send to. */
	URGENCY_ADDRESS_INVALID(Kind.BAD_INPUT),
	/** The dormant threshold must be at least the silence threshold ({0} days). */
	URGENCY_DORMANT_BEFORE_SILENCE(Kind.BAD_INPUT),
	/** The alert was acknowledged already ({0}: by whom). */
	URGENCY_ALERT_ACKNOWLEDGED(Kind.WRONG_STATE);

	private final Kind kind;

	UrgencyRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
