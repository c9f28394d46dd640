package org.vigil.whereabouts.internal;

import java.util.List;

import org.vigil.cases.PersonEntry;

/**
 * One person's (or group's) entries, in the order they happened.
 *
 * @param earlier how many earlier entries were left out (the case page shows only each person's latest)
 */
record PersonTimeline(PersonEntry person, List<EntryView> entries, int earlier) {

	PersonTimeline {
		entries = List.copyOf(entries);
	}

	PersonTimeline(PersonEntry person, List<EntryView> entries) {
		this(person, entries, 0);
	}

}
