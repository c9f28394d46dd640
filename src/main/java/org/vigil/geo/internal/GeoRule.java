package org.vigil.geo.internal;

import org.vigil.platform.RefusalRule;

/** Why the places module refuses a request; the explanations are {@code refusal.NAME} in {@code messages/geo}. */
enum GeoRule implements RefusalRule {

	/** A text to look up, or a name to add, is missing or blank. */
	PLACE_TEXT_REQUIRED(Kind.BAD_INPUT),

	/** The text is longer than Vigil reads ({0}: the limit). */
	PLACE_TEXT_TOO_LONG(Kind.BAD_INPUT),

	/** The text holds control characters (other than tab and line breaks). */
	PLACE_TEXT_CONTROL_CHARACTERS(Kind.BAD_INPUT),

	/** Not an ISO 3166-1 alpha-2 country code. */
	COUNTRY_CODE_INVALID(Kind.BAD_INPUT),

	/** A valid country code for which Vigil has no boundary ({0}: the code). */
	COUNTRY_WITHOUT_BOUNDARY(Kind.BAD_INPUT),

	/** A latitude or longitude is missing or out of range ({0}, {1}: the range). */
	COORDINATE_OUT_OF_RANGE(Kind.BAD_INPUT),

	/** The kind of a place is not one of city, admin1, other. */
	PLACE_KIND_INVALID(Kind.BAD_INPUT),

	/** A variant names a place the gazetteer does not know ({0}: the id). */
	PLACE_UNKNOWN(Kind.BAD_INPUT),

	/** The place already has this name. */
	PLACE_NAME_EXISTS(Kind.WRONG_STATE),

	/** Someone changed the place after it was loaded. */
	PLACE_CHANGED(Kind.WRONG_STATE);

	private final Kind kind;

	GeoRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
