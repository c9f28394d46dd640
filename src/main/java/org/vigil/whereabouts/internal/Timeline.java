package org.vigil.whereabouts.internal;

import java.util.List;

/**
 * A case's whereabouts as one viewer sees them: a timeline per person, the country of feared return
 * that distances are measured to, and whether protected values are shown.
 */
record Timeline(List<PersonTimeline> persons, String fearedReturn, boolean revealed) {

	Timeline {
		persons = List.copyOf(persons);
	}

	List<EntryView> entries() {
		return persons.stream().flatMap(p -> p.entries().stream()).toList();
	}

	boolean isEmpty() {
		return persons.stream().allMatch(p -> p.entries().isEmpty());
	}

}
