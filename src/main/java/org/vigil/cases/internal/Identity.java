package org.vigil.cases.internal;

import java.time.LocalDate;

import org.vigil.cases.DatePrecision;
import org.vigil.cases.Sex;

/**
 * The protected identity of a person: shown only on a need-to-know basis. {@code preciseLocation}
 * is where someone not in custody is now (a hiding place, an address): the most dangerous fact of all.
 */
record Identity(
		String name,
		String namesInOtherScripts,
		String aliases,
		Sex sex,
		LocalDate birthDate,
		DatePrecision birthDatePrecision,
		String nationality,
		String notes,
		String preciseLocation) {

	static final Identity EMPTY = new Identity(null, null, null, null, null, null, null, null, null);

	Identity {
		name = blankToNull(name);
		namesInOtherScripts = blankToNull(namesInOtherScripts);
		aliases = blankToNull(aliases);
		nationality = blankToNull(nationality);
		notes = blankToNull(notes);
		preciseLocation = blankToNull(preciseLocation);
		if (birthDate == null) {
			birthDatePrecision = null;
		}
		else if (birthDatePrecision == null) {
			birthDatePrecision = DatePrecision.EXACT;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
