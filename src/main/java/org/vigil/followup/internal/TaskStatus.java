package org.vigil.followup.internal;

/** Where a follow-up task stands. */
enum TaskStatus {

	/** Set by a dispatch, its day not come yet. */
	SCHEDULED,
	/** Due: on the team's watch list until someone finishes it. */
	OPEN,
	/** Finished by an officer. */
	DONE,
	/** Made unnecessary (a reply came, the danger ended), by Vigil. */
	CLOSED

}
