package org.vigil.whereabouts;

/** How certain an entry is, as its source put it. */
public enum Certainty {

	/** Confirmed: by an official, a court, or a source who saw it. */
	CONFIRMED,

	/** Reported, without a word of doubt or confirmation. */
	REPORTED,

	/** Believed, thought, presumed. */
	BELIEVED,

	/** Rumoured, unconfirmed, alleged. */
	RUMOURED,

	/** Reported as about to happen ("imminently", "any day now"): for expected transfers. */
	IMMINENT

}
