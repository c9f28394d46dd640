package org.vigil.cases;

import java.util.List;
import java.util.UUID;

/**
 * Which protected values of a case a text contains — persons' names in any script and their
 * blind-index variants, aliases, birth dates as a letter would write them, where a person not in
 * custody is, sources' names and contact details — answered as the fields that matched, never the
 * values. For module code checking a text before it is made public; it checks nobody's access,
 * opens the values only to compare them and reveals nothing protected.
 */
public interface ProtectedValues {

	/** The protected fields of the case the text contains, each once; empty for an unknown or purged case. */
	List<Match> foundIn(UUID caseId, String text);

	/** What kind of protected value matched. */
	enum Field {
		/** A person's name, as written. */
		PERSON_NAME,
		/** A person's name written another way that the blind index equates: case, spacing, diacritics, order. */
		PERSON_NAME_VARIANT,
		/** An alias of a person. */
		ALIAS,
		/** A person's birth date, in one of the forms a letter writes dates. */
		BIRTH_DATE,
		/** Where a person not in custody is now (the identity's precise location). */
		PRECISE_LOCATION,
		/** A source's name. */
		SOURCE_NAME,
		/** A source's contact details. */
		SOURCE_CONTACT
	}

	/** The script a matching name is written in. */
	enum Script {
		LATIN, HANGUL, HAN, OTHER
	}

	/**
	 * A protected field found in the text.
	 *
	 * @param ordinal the person's (or, for a source's field, the source's) place in the case, from 1, in the order recorded
	 * @param script for names and aliases, the script of the value that matched; {@code null} for other fields
	 */
	record Match(Field field, int ordinal, Script script) {
	}

}
