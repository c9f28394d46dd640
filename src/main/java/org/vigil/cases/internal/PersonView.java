package org.vigil.cases.internal;

import java.util.UUID;

/** A person as the case page shows it. */
record PersonView(UUID id, PersonProfile profile, Identity identity, long version) {

	static PersonView of(Person person) {
		return new PersonView(person.id(), person.profile(), person.identity(), person.version());
	}

}
