package org.vigil.dispatch.internal;

/** Where a delivery attempt stands. */
enum AttemptStatus {

	/** Waiting to be sent (by Vigil, or by an officer for post and web forms), or failed and waiting for the next try. */
	PENDING,
	/** Accepted by the SMTP server, or marked sent by the officer who posted it: never sent again. */
	SENT,
	/** The fax gateway reported the fax received by the destination. */
	DELIVERED,
	/** Given up after {@code vigil.dispatch.max-tries}, or the fax gateway reported it could not get through. */
	FAILED,
	/** The destination's server said it could not be delivered. */
	BOUNCED

}
