package org.vigil.urgency.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Where the urgency rules learn what is known of a case's whereabouts: one question per case, asked
 * by module code acting on its own (a listener, the schedule), never on a viewer's behalf.
 */
interface WhereaboutsSource {

	KnownWhereabouts of(UUID caseId);

	/** The same for a batch of cases, one for each id asked: what the recomputation of every case asks. */
	default Map<UUID, KnownWhereabouts> of(Collection<UUID> caseIds) {
		Map<UUID, KnownWhereabouts> known = new LinkedHashMap<>();
		caseIds.forEach(id -> known.put(id, of(id)));
		return known;
	}

}
