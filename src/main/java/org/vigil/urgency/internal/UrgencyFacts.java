package org.vigil.urgency.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.vigil.cases.CaseStatus;
import org.vigil.cases.Outcome;
import org.vigil.cases.Reliability;

/**
 * Everything the urgency rules look at for one case, worked out beforehand (distances measured,
 * days counted) so that the rules themselves need nothing but this value and the thresholds.
 *
 * @param fearedReturn the country of feared return (ISO 3166-1 alpha-2), or {@code null} when none is recorded
 * @param today the day the assessment is made, in UTC
 * @param transfers the expected transfers and handovers of the case's people
 * @param custody the custody periods of the case's people that are still open ("held now")
 * @param daysSinceNews days since the latest report on the case's whereabouts; {@code null} when there is none
 * @param daysSinceAppeal days since the last appeal on the case was sent; {@code null} when none was sent yet
 * @param outcome what became of the people, as last recorded at follow-up; {@code null} when nothing was recorded
 */
record UrgencyFacts(UUID caseId, CaseStatus status, String fearedReturn, LocalDate today, List<Transfer> transfers,
		List<Custody> custody, Integer daysSinceNews, Integer daysSinceAppeal, Outcome outcome) {

	UrgencyFacts {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(today, "today");
		transfers = List.copyOf(transfers);
		custody = List.copyOf(custody);
	}

	boolean appealSent() {
		return daysSinceAppeal != null;
	}

	/** Whether anything is known of where the people are. */
	boolean knowsWhereabouts() {
		return !transfers.isEmpty() || !custody.isEmpty() || daysSinceNews != null;
	}

	/**
	 * An expected transfer or handover.
	 *
	 * @param place the destination as people read it, e.g. "Helong (Jilin)"
	 * @param kmToFearedReturn how far the destination is from the country of feared return; {@code null} when not known
	 * @param receivingState the state the people are handed over to (ISO 2), or {@code null} for a transfer within one state
	 * @param expectedFrom the earliest day it may happen on; {@code null} when the report gives no date
	 * @param sourceConfidential whether the source is confidential: its reliability weighs, but the reasons do not tell it
	 * @param reportAgeDays days since the source reported it
	 */
	record Transfer(String personLabel, String place, Double kmToFearedReturn, String intoHandsOf, String receivingState,
			LocalDate expectedFrom, Certainty certainty, Reliability reliability, boolean sourceConfidential, int reportAgeDays) {

		Transfer {
			Objects.requireNonNull(place, "place");
			certainty = certainty == null ? Certainty.REPORTED : certainty;
			reliability = reliability == null ? Reliability.UNKNOWN : reliability;
		}

		boolean isHandover() {
			return receivingState != null;
		}

	}

	/**
	 * Someone held now.
	 *
	 * @param place where, as people read it
	 * @param kmToFearedReturn how far that is from the country of feared return; {@code null} when not known
	 * @param custodian the authority holding them, as the report names it; may be {@code null}
	 * @param sourceConfidential whether the source is confidential: its reliability weighs, but the reasons do not tell it
	 */
	record Custody(String personLabel, String place, Double kmToFearedReturn, String custodian, Certainty certainty,
			Reliability reliability, boolean sourceConfidential, int reportAgeDays) {

		Custody {
			Objects.requireNonNull(place, "place");
			certainty = certainty == null ? Certainty.REPORTED : certainty;
			reliability = reliability == null ? Reliability.UNKNOWN : reliability;
		}

	}

}
