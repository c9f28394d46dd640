package org.vigil.law.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.Refusal;
import org.vigil.platform.RequestAddress;

/** What the law module tells the audit log: imports uploaded, changes accepted, risk claims edited, refusals. */
@Component
class LawAudit {

	private final AuditLog log;

	LawAudit(AuditLog log) {
		this.log = log;
	}

	void record(Viewer viewer, String action, String recordType, Object recordId, Map<String, String> details) {
		log.record(AuditEvent.of(viewer.username(), action, recordType, recordId, RequestAddress.current()).withDetails(details));
	}

	void denied(Viewer viewer, String action, String recordType, Object recordId, Refusal refusal) {
		log.record(AuditEvent.of(viewer.username(), action, recordType, recordId, RequestAddress.current())
			.withOutcome(AuditEvent.DENIED)
			.withDetails(Map.of("refusal", refusal.rule().name())));
	}

}
