package org.vigil.whereabouts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the people of a case are, as far as a public statement could say.
 *
 * @param custody every custody period, the earliest first; those still open are {@link CustodyFact#current()}
 * @param expectedTransfers the transfers and handovers reported as expected, the soonest first
 * @param sightings where people were seen, the earliest first
 * @param lastReportedAt when the latest entry was recorded or corrected, empty when there is none
 */
public record CaseWhereabouts(UUID caseId, List<CustodyFact> custody, List<TransferFact> expectedTransfers,
		List<SightingFact> sightings, Optional<Instant> lastReportedAt) {

	public CaseWhereabouts {
		custody = List.copyOf(custody);
		expectedTransfers = List.copyOf(expectedTransfers);
		sightings = List.copyOf(sightings);
		lastReportedAt = lastReportedAt == null ? Optional.empty() : lastReportedAt;
	}

	/** Nothing known: an unknown or purged case, or one without entries. */
	public static CaseWhereabouts none(UUID caseId) {
		return new CaseWhereabouts(caseId, List.of(), List.of(), List.of(), Optional.empty());
	}

	/** The custody periods still open: where people are held now. */
	public List<CustodyFact> currentCustody() {
		return custody.stream().filter(CustodyFact::current).toList();
	}

}
