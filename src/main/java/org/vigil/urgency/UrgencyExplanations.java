package org.vigil.urgency;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * How urgent a case is and why, in plain sentences: what a letter says under "why this is urgent".
 * For module code acting after the caller's access to the case was checked; it checks nobody's
 * access. The reasons name places and countries as the whereabouts do, never a person.
 */
public interface UrgencyExplanations {

	/** The case's current level and its reasons in the language given, the weightiest first; empty for an unknown case. */
	Optional<Explained> explain(UUID caseId, Locale locale);

	/** A level with its reasons, written out. */
	record Explained(UrgencyLevel level, List<String> reasons) {

		public Explained {
			reasons = List.copyOf(reasons);
		}

	}

}
