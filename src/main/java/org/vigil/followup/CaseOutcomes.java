package org.vigil.followup;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.vigil.cases.Outcome;

/** The case's outcome, for module code acting on its own (it checks nobody's access). */
public interface CaseOutcomes {

	/** The case's own outcome — the field of its form, which recording an appeal's outcome sets; empty while none is recorded. */
	Optional<Outcome> latest(UUID caseId);

	/** The same for many cases at once, by case id; a case with no outcome recorded is left out. */
	Map<UUID, Outcome> latest(Collection<UUID> caseIds);

}
