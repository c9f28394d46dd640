package org.vigil.whereabouts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.vigil.cases.SourceEntry;
import org.vigil.whereabouts.Certainty;
import org.vigil.whereabouts.FuzzyDate;
import org.vigil.whereabouts.PlaceRef;

/**
 * An entry as the timeline, the map and the API show it to one viewer.
 *
 * @param place {@code null} for a place of hiding not revealed to the viewer
 * @param source the source that reported it as the viewer may see it ({@link SourceEntry#withheld()}
 *        for a confidential source), or {@code null} when none is named
 * @param notes {@code null} unless revealed to the viewer
 * @param hasNotes whether there are notes, shown or not
 * @param hidden whether protected values (a place of hiding, the notes) are kept from the viewer
 * @param purged whether they are gone with the person's or the case's key
 * @param km the distance of the place to the country of feared return, or {@code null} when not known
 * @param fromKm the same for the place a transfer starts from
 */
record EntryView(UUID id, UUID personId, String personLabel, EntryKind kind, PlaceRef place, PlaceRef from, String custodian,
		String custodianCountry, String facility, String intoHandsOf, String receivingState, FuzzyDate date, FuzzyDate until,
		Certainty certainty, SourceEntry source, LocalDate reportedOn, String notes, boolean hasNotes, boolean hidden, boolean purged,
		Set<Inconsistency> confirmedFlags, Double km, Double fromKm, UUID reportId, String updatedBy, Instant updatedAt, long version) {

	/** Whether custody has not ended: the person is held there now. */
	public boolean current() {
		return kind == EntryKind.CUSTODY && until == null;
	}

	/** The message key of the entry's kind, for a custody period still open "held" rather than "custody". */
	public String kindKey() {
		return current() ? "whereabouts.kind.CUSTODY_CURRENT" : "whereabouts.kind." + kind;
	}

}
