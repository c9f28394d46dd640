package org.vigil.publishing;

import java.time.Instant;
import java.util.UUID;

/**
 * A publication of an appeal was released by a second reviewer: the organisation decided to make the
 * appeal public, at once or when its embargo ends. Follow-up hears it and closes the appeal's decision
 * on publication. Ids and an instant only.
 *
 * @param publicFrom when the item goes public: the release itself, or the end of its embargo
 */
public record AppealReleased(UUID caseId, UUID appealId, UUID publicationId, Instant publicFrom) {
}
