package org.vigil.urgency.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.vigil.cases.Reliability;

/**
 * What is known of where a case's people are, as the urgency rules need it: who is held where now,
 * which transfers and handovers are expected, and when the latest report came. Nothing protected:
 * places of custody and of expected transfers are case data; where someone in hiding is never
 * comes here.
 */
record KnownWhereabouts(List<HeldNow> custody, List<ExpectedMove> transfers, Optional<Instant> lastReportedAt) {

	KnownWhereabouts {
		custody = List.copyOf(custody);
		transfers = List.copyOf(transfers);
		Objects.requireNonNull(lastReportedAt, "lastReportedAt");
	}

	/** Nothing is known yet. */
	static KnownWhereabouts none() {
		return new KnownWhereabouts(List.of(), List.of(), Optional.empty());
	}

	/** A gazetteer place, with what the rules measure from. */
	record Place(String name, String admin1, String country, double lat, double lon) {

		Place {
			Objects.requireNonNull(name, "name");
		}

		/** "Helong (Jilin)": the name with its province when there is one. */
		String label() {
			return admin1 == null || admin1.isBlank() || admin1.equals(name) ? name : name + " (" + admin1 + ")";
		}

	}

	/** A custody period still open: someone held now. */
	record HeldNow(String personLabel, Place place, String custodian, Certainty certainty, Reliability reliability,
			boolean sourceConfidential, LocalDate reportedOn) {
	}

	/**
	 * An expected transfer or handover.
	 *
	 * @param receivingState the state the people are to be handed to (ISO 2), or {@code null} within one state
	 * @param earliest the earliest day it may happen on, or {@code null} when the report gives none
	 */
	record ExpectedMove(String personLabel, Place to, String intoHandsOf, String receivingState, LocalDate earliest,
			Certainty certainty, Reliability reliability, boolean sourceConfidential, LocalDate reportedOn) {
	}

}
