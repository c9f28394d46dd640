package org.vigil.law;

/** Where a state stands towards an instrument. */
public enum ParticipationStatus {

	/** Bound by it: by ratification, accession or succession. */
	PARTY,
	/** Signed, not (yet) bound: it must not defeat the treaty's object and purpose (VCLT art. 18). */
	SIGNATORY,
	/** Neither signed nor joined. */
	NONE

}
