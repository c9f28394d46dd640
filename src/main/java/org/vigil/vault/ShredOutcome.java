package org.vigil.vault;

/** What became of a request to shred a case's data key. */
public enum ShredOutcome {

	/** The key is destroyed; the case's protected data can no longer be read. */
	SHREDDED("The case's data key is destroyed; its protected data can no longer be read."),

	/** The key had been destroyed before. */
	ALREADY_SHREDDED("The case's data key had already been destroyed."),

	/** Nothing was destroyed, because the case is under legal hold. */
	REFUSED_LEGAL_HOLD("The case is under legal hold: its data may not be purged until the hold is lifted.");

	private final String message;

	ShredOutcome(String message) {
		this.message = message;
	}

	/** A sentence for the operator or administrator (English; the web UI uses its message bundle). */
	public String message() {
		return message;
	}

}
