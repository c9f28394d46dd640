package org.vigil.cases.internal;

import java.util.Set;

import org.vigil.cases.PersonCategory;
import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;

/** What may be said of a person without revealing who they are. */
record PersonProfile(
		PersonKind kind,
		int numberOfPersons,
		PersonRole role,
		String publicLabel,
		Set<PersonCategory> categories) {

	PersonProfile {
		categories = categories == null ? Set.of() : Set.copyOf(categories);
	}

	/** A person in none of the categories. */
	PersonProfile(PersonKind kind, int numberOfPersons, PersonRole role, String publicLabel) {
		this(kind, numberOfPersons, role, publicLabel, Set.of());
	}

}
