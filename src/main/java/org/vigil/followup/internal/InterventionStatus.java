package org.vigil.followup.internal;

/** Where an appeal stands with its addressees, after the HURIDOCS micro-thesaurus of intervention status (MT45). */
enum InterventionStatus {

	/** Sent, and nothing came back. */
	NO_RESPONSE,
	/** The authority confirmed it received the appeal. */
	ACKNOWLEDGED,
	/** The authority answered on the substance. */
	RESPONSE_RECEIVED,
	/** The authority reports a step taken on the appeal's asks. */
	ACTION_TAKEN,
	/** The organisation closed the appeal: nothing more is asked. */
	CLOSED

}
