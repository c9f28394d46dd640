package org.vigil.urgency;

import java.util.UUID;

/**
 * The urgency of a case changed level (or was assessed for the first time, when {@code from} is
 * {@code null}). Published in the transaction that stored the new assessment.
 */
public record UrgencyChanged(UUID caseId, UUID teamId, String reference, UrgencyLevel from, UrgencyLevel to) {
}
