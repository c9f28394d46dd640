package org.vigil.cases.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.vigil.cases.Reliability;

/**
 * What is recorded of a source. The label ("contact near Yanji") may be shown to the team; the
 * name and contact details are protected.
 */
record SourceDetails(String label, String name, String contactDetails, LocalDate reportedOn, Reliability reliability,
		boolean confidential, String information, Set<UUID> personIds) {

	SourceDetails {
		personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
		reliability = reliability == null ? Reliability.UNKNOWN : reliability;
		name = name == null || name.isBlank() ? null : name.strip();
		contactDetails = contactDetails == null || contactDetails.isBlank() ? null : contactDetails.strip();
		information = information == null || information.isBlank() ? null : information.strip();
	}

}
