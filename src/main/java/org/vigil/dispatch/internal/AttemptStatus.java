package org.vigil.dispatch.internal;

/** Where a delivery attempt stands. */
enum AttemptStatus {

	/** Waiting to be sent, or sent and failed and waiting for the next try. */
	PENDING,
	/** Accepted by the SMTP server: never sent again. */
	SENT,
	/** Given up after {@code vigil.dispatch.max-tries}; an officer decides what next. */
	FAILED,
	/** The destination's server said it could not be delivered. */
	BOUNCED

}
