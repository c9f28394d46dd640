package org.vigil.urgency.internal;

/**
 * How sure a report is of what it says, as the whereabouts record it (the same names, so that the
 * adapter maps one onto the other by name).
 */
enum Certainty {

	CONFIRMED, REPORTED, BELIEVED, RUMOURED,
	/** The report says it will happen at any moment ("imminently"). */
	IMMINENT;

	/** A rumour proves too little to call a case imminent on its own. */
	boolean isWeak() {
		return this == RUMOURED;
	}

}
