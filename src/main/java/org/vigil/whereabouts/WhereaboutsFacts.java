package org.vigil.whereabouts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What is known of where a case's people are, for module code acting on its own (urgency, letters).
 * Never protected values: no notes, no place of hiding, no source identity — only what a public
 * statement could say. It checks nobody's access: never use it to answer a viewer.
 */
public interface WhereaboutsFacts {

	/** The case's custody periods, expected transfers and sightings; empty lists for an unknown or purged case. */
	CaseWhereabouts of(UUID caseId);

	/** The same for many cases at once (a scheduled job going through every case), by case id, one for each id asked. */
	default Map<UUID, CaseWhereabouts> of(Collection<UUID> caseIds) {
		Map<UUID, CaseWhereabouts> known = new LinkedHashMap<>();
		caseIds.forEach(id -> known.put(id, of(id)));
		return known;
	}

}
