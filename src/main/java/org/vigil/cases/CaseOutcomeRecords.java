package org.vigil.cases;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.vigil.accounts.Viewer;

/**
 * The case's outcome — released, reached safety, forcibly returned… — as ONE value: the field of the
 * case's own form, which follow-up also sets when an officer records what an appeal achieved. For module
 * code that has already checked the viewer's right to record it.
 */
public interface CaseOutcomeRecords {

	/** The case's outcome; empty while none is recorded or for an unknown case. */
	Optional<Outcome> outcomeOf(UUID caseId);

	/** The outcomes of many cases at once, by case id; a case with none recorded, or unknown, is left out. */
	Map<UUID, Outcome> outcomesOf(Collection<UUID> caseIds);

	/**
	 * Sets the case's outcome as a change of the case by the viewer: the case's version moves on, its
	 * history and audit log name who, and {@link CaseChanged} is published. Nothing happens when the
	 * outcome is already that one.
	 */
	void recordOutcome(Viewer viewer, UUID caseId, Outcome outcome);

}
