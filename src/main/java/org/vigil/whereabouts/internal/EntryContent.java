package org.vigil.whereabouts.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.vigil.whereabouts.Certainty;
import org.vigil.whereabouts.FuzzyDate;
import org.vigil.whereabouts.PlaceRef;

/**
 * What an entry says, in clear: the form, the API and a confirmed proposal all come to this.
 *
 * @param place where: the place of custody, of the sighting, the destination of a transfer, or the
 *        place of hiding (sealed when stored)
 * @param from where a transfer starts, or {@code null}
 * @param custodianCountry the state whose authority holds them (ISO2), for custody
 * @param date when custody began, when they were seen, when a transfer is expected, since when they hide
 * @param until when custody ended, {@code null} while it lasts (custody only)
 * @param notes protected: sealed with the person's key
 * @param reportId the pasted report it was confirmed from, and {@code reportProposal} which of its proposals, or {@code null}
 * @param confirmed the doubts the user confirmed the entry with
 */
record EntryContent(UUID personId, EntryKind kind, PlaceRef place, PlaceRef from, String custodian, String custodianCountry,
		String facility, String intoHandsOf, String receivingState, FuzzyDate date, FuzzyDate until,
		Certainty certainty, UUID sourceId, LocalDate reportedOn, String notes, UUID reportId,
		Integer reportProposal, Set<Inconsistency> confirmed) {

	EntryContent {
		confirmed = confirmed == null ? Set.of() : Set.copyOf(confirmed);
		certainty = certainty == null ? Certainty.REPORTED : certainty;
		custodian = blankToNull(custodian);
		facility = blankToNull(facility);
		intoHandsOf = blankToNull(intoHandsOf);
		notes = blankToNull(notes);
		if (kind != EntryKind.CUSTODY) {
			until = null;
		}
	}

	/** Whether the entry is about custody that has not ended. */
	boolean isOpenCustody() {
		return kind == EntryKind.CUSTODY && until == null;
	}

	EntryContent withConfirmed(Set<Inconsistency> flags) {
		return new EntryContent(personId, kind, place, from, custodian, custodianCountry, facility, intoHandsOf, receivingState, date,
				until, certainty, sourceId, reportedOn, notes, reportId, reportProposal, flags);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
