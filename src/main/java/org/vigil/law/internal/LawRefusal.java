package org.vigil.law.internal;

import org.vigil.platform.RefusalRule;

/** Why the law module says no. Explanations: {@code refusal.NAME} in messages/law*.properties. */
enum LawRefusal implements RefusalRule {

	/** A required text is empty. */
	LAW_TEXT_REQUIRED(Kind.BAD_INPUT),
	/** A text is longer than its limit ({0}). */
	LAW_TEXT_TOO_LONG(Kind.BAD_INPUT),
	/** A text holds control characters other than tab and newline. */
	LAW_TEXT_CONTROL_CHARACTERS(Kind.BAD_INPUT),
	/** A date lies outside {0}..{1}. */
	LAW_DATE_OUT_OF_RANGE(Kind.BAD_INPUT),
	/** A value outside the offered ones. */
	LAW_VALUE_NOT_OFFERED(Kind.BAD_INPUT),
	/** Only administrators curate the legal knowledge. */
	LAW_ADMINISTRATORS_ONLY(Kind.NOT_ALLOWED),
	/** Someone saved the record after it was loaded (now at version {0}). */
	LAW_STALE_EDIT(Kind.WRONG_STATE),
	/** The uploaded file is not a status table in a layout Vigil reads ({0}: why). */
	LAW_IMPORT_LAYOUT(Kind.UNSUPPORTED_FORMAT),
	/** The uploaded file is cut short ({0}: what shows it). */
	LAW_IMPORT_TRUNCATED(Kind.BAD_INPUT),
	/** The uploaded file is larger than an import takes ({0} MB). */
	LAW_IMPORT_TOO_LARGE(Kind.TOO_LARGE),
	/** The import was already accepted or discarded. */
	LAW_IMPORT_CLOSED(Kind.WRONG_STATE),
	/** A row changed since the file was uploaded: compare again. */
	LAW_IMPORT_ROW_CHANGED(Kind.WRONG_STATE);

	private final Kind kind;

	LawRefusal(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
