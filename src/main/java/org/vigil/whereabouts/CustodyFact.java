package org.vigil.whereabouts;

import java.time.LocalDate;
import java.util.UUID;

import org.vigil.cases.Reliability;

/**
 * A period in which a person (or group) was held.
 *
 * @param personLabel the person's public label ("Refugee group A"), never a name
 * @param custodian the authority that holds them ("Public Security Bureau"), or {@code null} when unknown
 * @param from when the custody began
 * @param to when it ended; {@code null} while they are still held
 * @param sourceReliability the reliability of the source that reported it, {@code null} if none is named
 * @param sourceConfidential whether that source is confidential: its reliability then weighs in what
 *        follows from the entry, but is not to be told to someone who may not see the source
 * @param reportedOn the day the source reported it
 */
public record CustodyFact(UUID entryId, UUID personId, String personLabel, PlaceRef place, String custodian, FuzzyDate from,
		FuzzyDate to, Certainty certainty, Reliability sourceReliability,
		boolean sourceConfidential, LocalDate reportedOn) {

	/** Whether the person is still held there. */
	public boolean current() {
		return to == null;
	}

}
