package org.vigil.whereabouts.internal;

/**
 * What makes an entry doubtful beside the person's other entries. Such an entry is not stored
 * silently: the user corrects it, or confirms it knowing the doubt, and the entry keeps the doubts
 * it was confirmed with. The explanations are {@code whereabouts.flag.NAME} in the bundle.
 */
enum Inconsistency {

	/** Two custody periods of one person surely overlap. */
	OVERLAPPING_CUSTODY,

	/** A transfer is dated surely before the person's first arrest. */
	TRANSFER_BEFORE_ARREST,

	/** The place of custody is in another country than the custodian's. */
	PLACE_OUTSIDE_CUSTODIAN_COUNTRY,

	/** The person is surely held, or seen, in two places far apart at the same time. */
	IN_TWO_PLACES

}
