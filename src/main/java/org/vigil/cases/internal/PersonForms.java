package org.vigil.cases.internal;

import org.vigil.cases.PersonKind;
import org.vigil.platform.Refusal;

/** Rules that tie a person's fields together. */
final class PersonForms {

	private PersonForms() {
	}

	/** An individual counts as one; a group needs its number of persons (at least one). */
	static void checkCount(PersonKind kind, Integer numberOfPersons) {
		if (kind == PersonKind.INDIVIDUAL && numberOfPersons != null && numberOfPersons != 1) {
			throw Refusal.onField(CaseRule.INDIVIDUAL_COUNTS_ONE, "numberOfPersons").toException();
		}
		if (kind == PersonKind.GROUP && numberOfPersons == null) {
			throw Refusal.onField(CaseRule.GROUP_NEEDS_COUNT, "numberOfPersons").toException();
		}
	}

}
