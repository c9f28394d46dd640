package org.vigil.urgency.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.whereabouts.CaseWhereabouts;
import org.vigil.whereabouts.CustodyFact;
import org.vigil.whereabouts.PlaceRef;
import org.vigil.whereabouts.TransferFact;
import org.vigil.whereabouts.WhereaboutsFacts;

/**
 * The whereabouts module's facts, as the urgency rules read them: who is held where now, the
 * transfers and handovers expected, and when the latest report came. Only what a public statement
 * could say crosses over ({@link WhereaboutsFacts} never answers a place of hiding or a note).
 */
@Component
class WhereaboutsAdapter implements WhereaboutsSource {

	private final WhereaboutsFacts facts;

	WhereaboutsAdapter(WhereaboutsFacts facts) {
		this.facts = facts;
	}

	@Override
	public KnownWhereabouts of(UUID caseId) {
		return known(facts.of(caseId));
	}

	@Override
	public Map<UUID, KnownWhereabouts> of(Collection<UUID> caseIds) {
		Map<UUID, KnownWhereabouts> known = new LinkedHashMap<>();
		facts.of(caseIds).forEach((caseId, whereabouts) -> known.put(caseId, known(whereabouts)));
		return known;
	}

	private static KnownWhereabouts known(CaseWhereabouts known) {
		return new KnownWhereabouts(
				known.custody().stream().filter(CustodyFact::current).map(WhereaboutsAdapter::heldNow).toList(),
				known.expectedTransfers().stream().map(WhereaboutsAdapter::expectedMove).toList(),
				known.lastReportedAt());
	}

	private static KnownWhereabouts.HeldNow heldNow(CustodyFact held) {
		return new KnownWhereabouts.HeldNow(held.personLabel(), place(held.place()), held.custodian(),
				Certainty.valueOf(held.certainty().name()), held.sourceReliability(), held.sourceConfidential(), held.reportedOn());
	}

	private static KnownWhereabouts.ExpectedMove expectedMove(TransferFact move) {
		return new KnownWhereabouts.ExpectedMove(move.personLabel(), place(move.to()), move.intoHandsOf(), move.receivingState(),
				move.expected() == null ? null : move.expected().earliest(), Certainty.valueOf(move.certainty().name()),
				move.sourceReliability(), move.sourceConfidential(), move.reportedOn());
	}

	private static KnownWhereabouts.Place place(PlaceRef place) {
		return new KnownWhereabouts.Place(place.name(), place.admin1(), place.country(), place.lat(), place.lon());
	}

}
