package org.vigil.urgency.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.vigil.urgency.UrgencyLevel;

/**
 * A case's latest assessment as stored, with what the watch list shows beside it.
 *
 * @param lastActionAt the latest thing done or learnt on the case (news, an appeal, its opening)
 * @param levelSince when the case reached its level
 * @param assessedAt when the case was assessed as this (a reassessment that comes out the same leaves the
 *     stored row alone, and this time with it); {@code null} for a case waiting for its first assessment
 */
record StoredAssessment(UUID caseId, UUID teamId, String reference, UrgencyLevel level, List<Phrase> reasons, Phrase nextStep,
		Instant lastActionAt, Instant levelSince, Instant assessedAt) {

	StoredAssessment {
		reasons = List.copyOf(reasons);
	}

	/** The weightiest reason, the one a list shows; {@code null} before the first assessment. */
	Phrase mainReason() {
		return reasons.isEmpty() ? null : reasons.get(0);
	}

}
