package org.vigil.appeals;

import java.time.Instant;
import java.util.UUID;

/**
 * An appeal was approved by a second person and may now be sent. Published inside the approving
 * transaction, so that transactional listeners hear of it only once the approval is committed.
 * Carries ids only, never the appeal's protected text.
 *
 * @param approvedBy the user name of the reviewer who approved it
 */
public record AppealApproved(UUID appealId, UUID caseId, String approvedBy, Instant approvedAt) {
}
