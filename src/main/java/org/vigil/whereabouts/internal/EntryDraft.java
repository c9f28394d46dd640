package org.vigil.whereabouts.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.vigil.whereabouts.Certainty;
import org.vigil.whereabouts.FuzzyDate;

/**
 * An entry as the API, a form or a confirmed proposal sends it: its places not yet looked up.
 * Field names are those of the API, so that a refusal names the field the caller sent.
 */
record EntryDraft(UUID personId, EntryKind kind, PlaceInput place, PlaceInput from, String custodian, String custodianCountry,
		String facility, String intoHandsOf, String receivingState, FuzzyDate date, FuzzyDate until, Certainty certainty,
		UUID sourceId, LocalDate reportedOn, String notes, UUID reportId, Integer reportProposal,
		Set<Inconsistency> confirmed) {
}
