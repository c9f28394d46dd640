package org.vigil.urgency.internal;

import java.util.UUID;

/**
 * Where the urgency rules learn what is known of a case's whereabouts: one question per case, asked
 * by module code acting on its own (a listener, the schedule), never on a viewer's behalf.
 */
interface WhereaboutsSource {

	KnownWhereabouts of(UUID caseId);

}
