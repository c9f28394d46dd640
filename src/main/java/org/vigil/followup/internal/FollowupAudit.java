package org.vigil.followup.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.RequestAddress;

/** What follow-up tells the audit log: tasks set due, finished, assigned, snoozed, closed, and refused steps. Ids and kinds only. */
@Component
class FollowupAudit {

	/** The actor of what Vigil does by itself, from an event or on a schedule. */
	static final String VIGIL = "vigil:followup";

	static final String RECORD = "followup-task";

	private final AuditLog log;

	FollowupAudit(AuditLog log) {
		this.log = log;
	}

	void record(Viewer viewer, String action, Task task, Map<String, String> details) {
		log.record(event(viewer.username(), action, task.id(), task.caseId(), details));
	}

	void denied(Viewer viewer, String action, Task task, String rule) {
		log.record(event(viewer.username(), action, task.id(), task.caseId(), Map.of("reason", rule)).withOutcome(AuditEvent.DENIED));
	}

	void byVigil(String action, UUID recordId, UUID caseId, Map<String, String> details) {
		log.record(event(VIGIL, action, recordId, caseId, details));
	}

	private static AuditEvent event(String actor, String action, UUID recordId, UUID caseId, Map<String, String> details) {
		Map<String, String> all = new HashMap<>(details);
		all.put("case", caseId.toString());
		return AuditEvent.of(actor, action, RECORD, recordId, RequestAddress.current()).withDetails(all);
	}

}
