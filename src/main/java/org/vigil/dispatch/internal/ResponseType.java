package org.vigil.dispatch.internal;

/** What a reply says, after the HURIDOCS micro-thesaurus of types of response (MT27). */
enum ResponseType {

	/** The authority confirms it received the appeal. */
	ACKNOWLEDGEMENT,
	/** It denies the facts or its responsibility. */
	DENIAL,
	/** It gives information about the people concerned. */
	INFORMATION_PROVIDED,
	/** It reports a step taken (release, investigation, access granted). */
	ACTION_TAKEN,
	OTHER

}
