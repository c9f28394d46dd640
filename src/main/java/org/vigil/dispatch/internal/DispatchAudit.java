package org.vigil.dispatch.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.RequestAddress;

/**
 * What dispatch tells the audit log: who dispatched which appeal on which channel, each try to send
 * it and its outcome, refused steps, and what became of the replies. Ids, channels and statuses only —
 * never a letter's text, a reply's content or a mailbox's credentials.
 */
@Component
class DispatchAudit {

	/** The actor of what Vigil does by itself, from an event or on a schedule. */
	static final String VIGIL = "vigil:dispatch";

	private final AuditLog log;

	DispatchAudit(AuditLog log) {
		this.log = log;
	}

	void record(Viewer viewer, String action, String recordType, UUID recordId, UUID caseId, Map<String, String> details) {
		log.record(event(viewer.username(), action, recordType, recordId, caseId, details));
	}

	void denied(Viewer viewer, String action, String recordType, UUID recordId, UUID caseId, DispatchRule rule) {
		log.record(event(viewer.username(), action, recordType, recordId, caseId, Map.of("reason", rule.name()))
			.withOutcome(AuditEvent.DENIED));
	}

	/** A try to send an attempt, by Vigil itself: {@code outcome} success or failed. */
	void tried(DeliveryAttempt attempt, String outcome, int tries) {
		log.record(event(VIGIL, "dispatch.sent", "dispatch-attempt", attempt.id(), attempt.caseId(),
				Map.of("appeal", attempt.appealId().toString(), "channel", attempt.channel().name(), "tries", Integer.toString(tries)))
			.withOutcome(outcome));
	}

	void byVigil(String action, String recordType, UUID recordId, UUID caseId, Map<String, String> details) {
		log.record(event(VIGIL, action, recordType, recordId, caseId, details));
	}

	/** One thing done, to record with others in one group. */
	record Done(String action, String recordType, UUID recordId, UUID caseId, Map<String, String> details) {
	}

	/** What the viewer did, in this order, recorded as one group (one transaction, not one each). */
	void record(Viewer viewer, List<Done> done) {
		recordAll(viewer.username(), done);
	}

	/** What Vigil did by itself, in this order, recorded as one group. */
	void byVigil(List<Done> done) {
		recordAll(VIGIL, done);
	}

	private void recordAll(String actor, List<Done> done) {
		if (!done.isEmpty()) {
			log.recordAll(done.stream().map(one -> event(actor, one.action(), one.recordType(), one.recordId(), one.caseId(), one.details()))
				.toList());
		}
	}

	private static AuditEvent event(String actor, String action, String recordType, UUID recordId, UUID caseId,
			Map<String, String> details) {
		Map<String, String> all = new HashMap<>(details);
		if (caseId != null) {
			all.put("case", caseId.toString());
		}
		return AuditEvent.of(actor, action, recordType, recordId, RequestAddress.current()).withDetails(all);
	}

}
