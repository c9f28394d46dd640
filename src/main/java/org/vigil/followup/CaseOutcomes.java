package org.vigil.followup;

import java.util.Optional;
import java.util.UUID;

import org.vigil.cases.Outcome;

/** The case's outcome as last recorded at follow-up, for module code acting on its own (it checks nobody's access). */
public interface CaseOutcomes {

	/** The outcome recorded last on any appeal of the case; empty while none was recorded. */
	Optional<Outcome> latest(UUID caseId);

}
