package org.vigil.whereabouts.internal;

import java.util.List;

import org.vigil.cases.PersonEntry;

/**
 * One person's (or group's) entries, in the order they happened.
 *
 * @param earlier how many earlier entries were left out (see {@link #latest(int)})
 */
record PersonTimeline(PersonEntry person, List<EntryView> entries, int earlier) {

	PersonTimeline {
		entries = List.copyOf(entries);
	}

	PersonTimeline(PersonEntry person, List<EntryView> entries) {
		this(person, entries, 0);
	}

	/** Only the latest {@code count} entries, and how many came before them. */
	PersonTimeline latest(int count) {
		int left = Math.max(0, entries.size() - count);
		return new PersonTimeline(person, entries.subList(left, entries.size()), earlier + left);
	}

}
