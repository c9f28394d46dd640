package org.vigil.whereabouts.internal;

import org.vigil.platform.RefusalRule;

/**
 * Why a whereabouts entry or a report was not recorded. The explanations are {@code refusal.NAME} in
 * the whereabouts bundle (those shared with the case registry, in the main bundle).
 */
enum WhereaboutsRule implements RefusalRule {

	/** The entry names a person who is not one of the case's. */
	PERSON_NOT_IN_CASE(Kind.BAD_INPUT),
	/** The entry names a source that is not one of the case's. */
	SOURCE_NOT_IN_CASE(Kind.BAD_INPUT),
	/** The entry names a report that was not pasted into this case. */
	REPORT_NOT_IN_CASE(Kind.BAD_INPUT),
	/** Neither a gazetteer place nor coordinates were given. */
	PLACE_REQUIRED(Kind.BAD_INPUT),
	/** The gazetteer has no place of that id. */
	UNKNOWN_PLACE(Kind.BAD_INPUT),
	/** A custody period ends before it begins. */
	UNTIL_BEFORE_FROM(Kind.BAD_INPUT),
	/** A date range ends before it begins. */
	DATE_RANGE_REVERSED(Kind.BAD_INPUT),
	/** A date outside the range Vigil accepts ({0} to {1}). */
	DATE_OUT_OF_RANGE(Kind.BAD_INPUT),
	/** A report to read was empty. */
	REPORT_EMPTY(Kind.BAD_INPUT),
	/** A report longer than Vigil reads ({0} characters). */
	REPORT_TOO_LONG(Kind.BAD_INPUT),
	/** The day of the report is missing. */
	REPORT_DATE_REQUIRED(Kind.BAD_INPUT),
	/** Text with control characters (other than tabs and line breaks in a report or notes). */
	CONTROL_CHARACTERS(Kind.BAD_INPUT),
	/** The entry does not fit the person's other entries; the flags are in the answer's {@code flags}. */
	INCONSISTENT_ENTRY(Kind.WRONG_STATE),
	/** Same meaning as the case registry's rule of that name: the case's key is destroyed. */
	CASE_PURGED(Kind.WRONG_STATE),
	/** Same meaning as the case registry's rule of that name: the person's key is destroyed. */
	PERSON_PURGED(Kind.WRONG_STATE);

	private final Kind kind;

	WhereaboutsRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
