package org.vigil.cases.internal;

/**
 * Why an evidence file was not stored: each has a message key for the pages ({@code
 * evidence.rejected.<NAME>}) and a reason for the API.
 */
enum EvidenceRejection {

	NO_FILE("file", "is missing: send the file as the multipart part 'file'"),
	EMPTY("file", "is empty"),
	TOO_LARGE("file", "is larger than the limit of " + EvidenceFiles.MAX_MEGABYTES + " MB per file"),
	NO_NAME("file", "has no file name"),
	NAME_TOO_LONG("file", "has a name longer than " + EvidenceFiles.MAX_NAME + " characters"),
	DESCRIPTION_TOO_LONG("description", "is longer than " + EvidenceFiles.MAX_DESCRIPTION + " characters"),
	CASE_PURGED("case", "was purged: its key is destroyed, so no file can be added to it any more");

	private final String field;

	private final String reason;

	EvidenceRejection(String field, String reason) {
		this.field = field;
		this.reason = reason;
	}

	String field() {
		return field;
	}

	String reason() {
		return reason;
	}

	String messageKey() {
		return "evidence.rejected." + name();
	}

}
