package org.vigil.urgency.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The appeals module's dispatches, as the next step reads them.
 *
 * <p>TODO(merge with dispatch): answer from the event or directory that dispatch will publish
 * ({@code AppealDispatched}), and reassess the case when an appeal is sent. Until then no appeal
 * counts as sent, so the next step of an imminent or high case is "no appeal sent yet".
 */
@Component
class AppealsAdapter implements AppealsSource {

	@Override
	public Optional<Instant> lastSentAt(UUID caseId) {
		return Optional.empty();
	}

}
