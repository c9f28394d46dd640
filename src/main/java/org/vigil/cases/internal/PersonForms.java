package org.vigil.cases.internal;

import org.vigil.cases.PersonKind;

/** Rules that tie a person's fields together. */
final class PersonForms {

	private PersonForms() {
	}

	/** An individual counts as one; a group needs its number of persons (at least one). */
	static void checkCount(PersonKind kind, Integer numberOfPersons) {
		if (kind == PersonKind.INDIVIDUAL && numberOfPersons != null && numberOfPersons != 1) {
			throw new CaseRejected("numberOfPersons", "must be 1 (or left out) for an individual; record several people as a group");
		}
		if (kind == PersonKind.GROUP && numberOfPersons == null) {
			throw new CaseRejected("numberOfPersons", "is required for a group: how many people it counts");
		}
	}

}
