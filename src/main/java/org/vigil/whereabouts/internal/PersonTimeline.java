package org.vigil.whereabouts.internal;

import java.util.List;

import org.vigil.cases.PersonEntry;

/** One person's (or group's) entries, in the order they happened. */
record PersonTimeline(PersonEntry person, List<EntryView> entries) {

	PersonTimeline {
		entries = List.copyOf(entries);
	}

}
