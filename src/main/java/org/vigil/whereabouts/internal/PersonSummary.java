package org.vigil.whereabouts.internal;

import java.util.ArrayList;
import java.util.List;

import org.vigil.cases.PersonEntry;

/**
 * One person's whereabouts in a line, as the case page shows them: where they are now and since
 * when, the transfer expected next, and how many entries their whole timeline has (a link away).
 *
 * @param now the latest entry that says where they are (custody, sighting or hiding), or {@code null}
 * @param expected the latest expected transfer when nothing has been recorded of them since, or {@code null}
 * @param entries how many entries the person's whole timeline has
 */
record PersonSummary(PersonEntry person, EntryView now, EntryView expected, long entries) {

	/**
	 * The summaries of a timeline that holds each person's latest place and latest transfer (and
	 * counts the others as earlier), for the persons with entries.
	 */
	static List<PersonSummary> of(Timeline timeline) {
		List<PersonSummary> summaries = new ArrayList<>();
		for (PersonTimeline person : timeline.persons()) {
			if (person.entries().isEmpty()) {
				continue;
			}
			EntryView now = null;
			EntryView transfer = null;
			for (EntryView e : person.entries()) { // in the order they happened: the last of each kind wins
				if (e.kind() == EntryKind.TRANSFER) {
					transfer = e;
				}
				else {
					now = e;
				}
			}
			// A transfer followed by news of where they are is no longer what is expected next.
			EntryView expected = transfer != null && (now == null || !transfer.date().earliest().isBefore(now.date().earliest())) ? transfer
					: null;
			summaries.add(new PersonSummary(person.person(), now, expected, person.entries().size() + (long) person.earlier()));
		}
		return List.copyOf(summaries);
	}

}
