package org.vigil.urgency.internal;

import java.time.Instant;
import java.util.UUID;

import org.vigil.urgency.UrgencyLevel;

/**
 * An alert to a case's team: the case became imminent.
 *
 * @param acknowledgedAt when a member of the team said they had seen it; {@code null} while open
 * @param escalatedAt when it went on to the team's reviewers, nobody having acknowledged it in time; {@code null} if it did not
 */
record Alert(UUID id, UUID caseId, UUID teamId, String reference, UrgencyLevel level, Instant raisedAt, Instant acknowledgedAt,
		String acknowledgedBy, Instant escalatedAt, long version) {

	public boolean isOpen() {
		return acknowledgedAt == null;
	}

	public boolean isEscalated() {
		return escalatedAt != null;
	}

}
