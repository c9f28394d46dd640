package org.vigil.urgency.internal;

import java.util.UUID;

import org.vigil.urgency.UrgencyLevel;

/**
 * An alert was raised for a case's team, or escalated to the team's reviewers: an email goes out
 * once the change is committed. Reference and level only — never a person or a place.
 *
 * @param escalated false when the team is alerted, true when its reviewers are because nobody acknowledged the alert in time
 */
public record AlertRaised(UUID alertId, UUID caseId, UUID teamId, String reference, UrgencyLevel level, boolean escalated) {
}
