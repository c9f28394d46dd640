package org.vigil.cases.internal;

import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;

/** What may be said of a person without revealing who they are. */
record PersonProfile(
		PersonKind kind,
		int numberOfPersons,
		PersonRole role,
		String publicLabel) {
}
