package org.vigil.whereabouts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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

	/**
	 * The states the case's people are expected to be handed or taken to, soonest first, each once:
	 * the receiving state of an expected transfer, or else the country of the place it is to. Case
	 * data only (the module reads it in one statement); for a case the caller has checked is visible
	 * and not purged.
	 */
	default List<String> transferStates(UUID caseId) {
		List<String> states = new ArrayList<>();
		for (TransferFact transfer : of(caseId).expectedTransfers()) {
			String state = transfer.state();
			if (state != null && !states.contains(state)) {
				states.add(state);
			}
		}
		return states;
	}

	/** The same for many cases at once (a scheduled job going through every case), by case id, one for each id asked. */
	default Map<UUID, CaseWhereabouts> of(Collection<UUID> caseIds) {
		Map<UUID, CaseWhereabouts> known = new LinkedHashMap<>();
		caseIds.forEach(id -> known.put(id, of(id)));
		return known;
	}

}
