package org.vigil.urgency.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.dispatch.Dispatches;

/**
 * The dispatches of a case's appeals, as the next step reads them: when a letter last went out,
 * from dispatch's records. {@link UrgencyListeners} reassesses the case each time one goes out.
 */
@Component
class AppealsAdapter implements AppealsSource {

	private final Dispatches dispatches;

	AppealsAdapter(Dispatches dispatches) {
		this.dispatches = dispatches;
	}

	@Override
	public Optional<Instant> lastSentAt(UUID caseId) {
		return dispatches.lastSentAt(caseId);
	}

	@Override
	public Map<UUID, Instant> lastSentAt(Collection<UUID> caseIds) {
		return dispatches.lastSentAt(caseIds);
	}

}
