package org.vigil.dispatch.internal;

/**
 * What a response says the appeal achieved, after the HURIDOCS micro-thesaurus of the impact of an
 * intervention (MT44), kept to four terms an officer can tell apart from one reply.
 */
enum ResponseImpact {

	/** The situation of the people concerned improved: released, access granted, a return stopped. */
	POSITIVE,
	/** Nothing changed for them. */
	NO_IMPACT,
	/** Their situation became worse after the appeal. */
	NEGATIVE,
	/** The reply does not say; too early to tell. */
	UNKNOWN

}
