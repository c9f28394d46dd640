package org.vigil.cases.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.RequestAddress;

/**
 * What the case registry tells the audit log: who read or changed which case, person or source,
 * from where. Ids and public labels only — never a protected value.
 */
@Component
class CaseAudit {

	/** Who the audit log and the history name for what Vigil did by itself. */
	static final String SYSTEM = "system";

	private final AuditLog log;

	CaseAudit(AuditLog log) {
		this.log = log;
	}

	void record(Viewer viewer, String action, UUID caseId) {
		record(viewer, action, caseId, Map.of());
	}

	void record(Viewer viewer, String action, UUID caseId, Map<String, String> details) {
		log.record(AuditEvent.of(viewer.username(), action, "case", caseId, RequestAddress.current()).withDetails(details));
	}

	/** A step Vigil took itself, at start-up or after an event, with no viewer behind it. */
	void recordBySystem(String action, UUID caseId, Map<String, String> details) {
		log.record(AuditEvent.of(SYSTEM, action, "case", caseId, null).withDetails(details));
	}

	void denied(Viewer viewer, String action, UUID caseId, String reason) {
		log.record(AuditEvent.of(viewer.username(), action, "case", caseId, RequestAddress.current())
			.withOutcome(AuditEvent.DENIED)
			.withDetails(Map.of("reason", reason)));
	}

}
