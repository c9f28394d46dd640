package org.vigil.whereabouts.internal;

/** What an entry of a timeline says of a person. */
enum EntryKind {

	/** Held by an authority, from a day to a day (an open period: still held). */
	CUSTODY,

	/** Seen at a place on a day. */
	SIGHTING,

	/** To be moved to a place, or handed over to another authority or state, by a day. */
	TRANSFER,

	/** Not in custody, in hiding: the place is sealed with the person's key like an identity. */
	HIDING;

	boolean hasPublicPlace() {
		return this != HIDING;
	}

}
