package org.vigil.cases;

import java.util.UUID;

/**
 * Whether a text names someone whose identity a case protects, answered through the keyed blind
 * index of the persons' names (name, names in other scripts, aliases) without decrypting any of
 * them: the answer says how many of the case's persons are named, never who. For module code
 * checking a text before it leaves the case (a letter about to be submitted); it checks nobody's
 * access and reveals nothing protected.
 */
public interface ProtectedNames {

	/** How many of the case's persons the text names by a protected name; 0 for an unknown case. */
	int personsNamedIn(UUID caseId, String text);

}
