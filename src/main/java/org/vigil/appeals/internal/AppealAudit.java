package org.vigil.appeals.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.RequestAddress;

/**
 * What the appeals tell the audit log: who drafted, changed, read, submitted, returned or approved
 * which appeal of which case, and every refused step. Ids, statuses and field names only — never
 * the subject, asks, body or a reviewer's comment.
 */
@Component
class AppealAudit {

	private final AuditLog log;

	AppealAudit(AuditLog log) {
		this.log = log;
	}

	void record(Viewer viewer, String action, UUID caseId, UUID appealId) {
		record(viewer, action, caseId, appealId, Map.of());
	}

	void record(Viewer viewer, String action, UUID caseId, UUID appealId, Map<String, String> details) {
		log.record(event(viewer, action, caseId, appealId, details));
	}

	void denied(Viewer viewer, String action, UUID caseId, UUID appealId, AppealRule refusal) {
		log.record(event(viewer, action, caseId, appealId, Map.of("reason", refusal.name())).withOutcome(AuditEvent.DENIED));
	}

	private static AuditEvent event(Viewer viewer, String action, UUID caseId, UUID appealId, Map<String, String> details) {
		Map<String, String> all = new HashMap<>(details);
		all.put("case", caseId.toString());
		return AuditEvent.of(viewer.username(), action, AppealText.RECORD_TYPE, appealId, RequestAddress.current()).withDetails(all);
	}

}
