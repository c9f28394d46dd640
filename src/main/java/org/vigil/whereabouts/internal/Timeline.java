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

	public List<EntryView> entries() {
		return persons.stream().flatMap(p -> p.entries().stream()).toList();
	}

	public boolean isEmpty() {
		return persons.stream().allMatch(p -> p.entries().isEmpty());
	}

}
