package org.vigil.directory.internal;

import org.vigil.platform.RefusalRule;

/** Why the directory says no. Explanations: {@code refusal.NAME} in messages/directory*.properties. */
enum DirectoryRefusal implements RefusalRule {

	/** A required value is missing. */
	DIRECTORY_REQUIRED(Kind.BAD_INPUT),
	/** A text is longer than its limit ({0}). */
	DIRECTORY_TOO_LONG(Kind.BAD_INPUT),
	/** A text holds control characters other than tab and newline. */
	DIRECTORY_CONTROL_CHARACTERS(Kind.BAD_INPUT),
	/** A date lies outside {0}..{1}. */
	DIRECTORY_DATE_OUT_OF_RANGE(Kind.BAD_INPUT),
	/** A value outside the offered ones (a country, kind or language code). */
	DIRECTORY_NOT_OFFERED(Kind.BAD_INPUT),
	/** More items than allowed ({0}). */
	DIRECTORY_TOO_MANY(Kind.BAD_INPUT),
	/** Two channels of one kind, or two forms of address in one language. */
	DIRECTORY_REPEATED(Kind.BAD_INPUT),
	/** Not an email address. */
	DIRECTORY_EMAIL_SHAPE(Kind.BAD_INPUT),
	/** Not a fax number in international form. */
	DIRECTORY_FAX_SHAPE(Kind.BAD_INPUT),
	/** Not an http(s) address. */
	DIRECTORY_WEB_FORM_SHAPE(Kind.BAD_INPUT),
	/** Only administrators curate the directory. */
	DIRECTORY_ADMINISTRATORS_ONLY(Kind.NOT_ALLOWED),
	/** The entry was retired: it is kept, no longer edited. */
	DIRECTORY_RETIRED(Kind.WRONG_STATE),
	/** Line {0} of the file, column {1}, is refused (the reason follows); nothing was imported. */
	DIRECTORY_IMPORT_LINE(Kind.BAD_INPUT),
	/** The file is not UTF-8 text. */
	DIRECTORY_CSV_ENCODING(Kind.UNSUPPORTED_FORMAT),
	/** The header names a column Vigil does not know ({0}). */
	DIRECTORY_CSV_UNKNOWN_COLUMN(Kind.UNSUPPORTED_FORMAT),
	/** The header lacks a column ({0}). */
	DIRECTORY_CSV_MISSING_COLUMN(Kind.UNSUPPORTED_FORMAT),
	/** A quoted value is not closed, or a quote stands inside an unquoted value. */
	DIRECTORY_CSV_QUOTE(Kind.BAD_INPUT),
	/** A line has {0} values where the header has {1}. */
	DIRECTORY_CSV_WIDTH(Kind.BAD_INPUT),
	/** Not a date written as 2026-12-01. */
	DIRECTORY_CSV_DATE(Kind.BAD_INPUT),
	/** Not an entry id (a UUID), or the same id on two lines. */
	DIRECTORY_CSV_ID(Kind.BAD_INPUT),
	/** The file holds no entry, or more than an import takes ({0}). */
	DIRECTORY_CSV_ROWS(Kind.BAD_INPUT),
	/** The file is larger than an import takes ({0} MB). */
	DIRECTORY_IMPORT_TOO_LARGE(Kind.TOO_LARGE);

	private final Kind kind;

	DirectoryRefusal(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
