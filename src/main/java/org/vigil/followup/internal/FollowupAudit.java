package org.vigil.followup.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.RequestAddress;

/** What follow-up tells the audit log: tasks set due, finished, assigned, snoozed, closed; outcomes recorded; refused steps. Ids and codes only. */
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
		log.record(event(viewer.username(), action, RECORD, task.id(), task.caseId(), details));
	}

	void denied(Viewer viewer, String action, Task task, String rule) {
		log.record(event(viewer.username(), action, RECORD, task.id(), task.caseId(), Map.of("reason", rule)).withOutcome(AuditEvent.DENIED));
	}

	/** A step on an appeal's outcome (the appeal as the record). */
	void recordOn(Viewer viewer, String action, UUID appealId, UUID caseId, Map<String, String> details) {
		log.record(event(viewer.username(), action, "appeal", appealId, caseId, details));
	}

	void deniedOn(Viewer viewer, String action, UUID appealId, UUID caseId, String rule) {
		log.record(event(viewer.username(), action, "appeal", appealId, caseId, Map.of("reason", rule)).withOutcome(AuditEvent.DENIED));
	}

	void byVigil(String action, UUID recordId, UUID caseId, Map<String, String> details) {
		log.record(event(VIGIL, action, RECORD, recordId, caseId, details));
	}

	private static AuditEvent event(String actor, String action, String recordType, UUID recordId, UUID caseId, Map<String, String> details) {
		Map<String, String> all = new HashMap<>(details);
		all.put("case", caseId.toString());
		return AuditEvent.of(actor, action, recordType, recordId, RequestAddress.current()).withDetails(all);
	}

}
