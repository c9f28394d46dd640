package org.vigil.urgency.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Whether, and when, an appeal on a case was last sent: the next step depends on it. */
interface AppealsSource {

	/** When the last appeal on the case was sent; empty when none was sent yet. */
	Optional<Instant> lastSentAt(UUID caseId);

	/** The same for a batch of cases; a case with no appeal sent is left out. */
	Map<UUID, Instant> lastSentAt(Collection<UUID> caseIds);

}
