package org.vigil.whereabouts;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.vigil.cases.Reliability;

/**
 * A transfer or handover reported as expected: to a place or a border crossing, perhaps into the
 * hands of another authority or state.
 *
 * @param from where they are taken from, or {@code null} when not said
 * @param to where they are to be taken (a border crossing is a place too)
 * @param intoHandsOf the authority that is to receive them, as written, or {@code null}
 * @param receivingState the ISO 3166-1 alpha-2 code of the state they are handed over to, for a
 *        handover to another state; {@code null} for a move within one state
 * @param expected when it is expected
 * @param certainty how certain it is; {@link Certainty#IMMINENT} when reported as about to happen
 * @param sourceReliability the reliability of the source that reported it, {@code null} if none is named
 * @param sourceConfidential whether that source is confidential: its reliability then weighs in what
 *        follows from the entry, but is not to be told to someone who may not see the source
 */
public record TransferFact(UUID entryId, UUID personId, String personLabel, PlaceRef from, PlaceRef to, String intoHandsOf,
		String receivingState, FuzzyDate expected, Certainty certainty, Reliability sourceReliability,
		boolean sourceConfidential, LocalDate reportedOn) {

	/**
	 * The state the transfer takes them into: the receiving state when one is named, else the
	 * country of the place they are to be taken to; upper case, or {@code null} when neither is known.
	 */
	public String state() {
		String state = receivingState != null && !receivingState.isBlank() ? receivingState : to == null ? null : to.country();
		return state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
	}

}
