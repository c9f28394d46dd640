package org.vigil.evidence.internal;

import org.vigil.platform.RefusalRule;

/**
 * Why an evidence file was not stored or is not handed out. The explanations are
 * {@code refusal.NAME} in the evidence bundle, with the limit in megabytes as {@code {0}} where
 * it applies.
 */
enum EvidenceRule implements RefusalRule {

	NO_FILE(Kind.BAD_INPUT),
	EMPTY(Kind.BAD_INPUT),
	TOO_LARGE(Kind.TOO_LARGE),
	NO_NAME(Kind.BAD_INPUT),
	NAME_TOO_LONG(Kind.BAD_INPUT),
	DESCRIPTION_TOO_LONG(Kind.BAD_INPUT),
	/** Same meaning as the case registry's rule of that name: the case's key is destroyed. */
	CASE_PURGED(Kind.WRONG_STATE),
	/** A file is handed out only while the case's identities are revealed to the viewer. */
	IDENTITIES_NOT_REVEALED(Kind.NOT_ALLOWED),
	/** The case was purged: the file went with its key. */
	FILE_DESTROYED(Kind.GONE);

	private final Kind kind;

	EvidenceRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
