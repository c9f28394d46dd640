package org.vigil.whereabouts;

import java.util.UUID;

/**
 * Whether a text names a place where one of a case's people is hiding, answered without giving the
 * place: for module code checking a text before it is made public. It checks nobody's access.
 */
public interface HidingPlaces {

	/** How many of the case's places of hiding the text names (by name, or name and province); 0 for an unknown or purged case. */
	int namedIn(UUID caseId, String text);

}
