package org.vigil.dispatch.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.appeals.DispatchedAppeals;

/**
 * Tells appeals whether a letter of an appeal was dispatched: once any delivery attempt was made
 * for it (sent, failed or still waiting), its signatories' approvals stand.
 */
@Component
class AttemptsMade implements DispatchedAppeals {

	private final DeliveryAttemptRepository attempts;

	AttemptsMade(DeliveryAttemptRepository attempts) {
		this.attempts = attempts;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean dispatched(UUID caseId, UUID appealId) {
		return !attempts.findByCaseIdAndAppealIdOrderByCreatedAt(caseId, appealId).isEmpty();
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.List<Dispatched> dispatchedOf(UUID caseId) {
		return attempts.firstAttemptsOfCase(caseId).stream().map(row -> new Dispatched((UUID) row[0], (java.time.Instant) row[1])).toList();
	}

}
