package org.vigil.evidence.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.RequestAddress;

/**
 * What the evidence files tell the audit log, as entries about their case (so that the case's trail
 * shows them): uploads, downloads, refused downloads and reads of revealed names. File ids only —
 * never a file's name or description.
 */
@Component
class EvidenceAudit {

	private final AuditLog log;

	EvidenceAudit(AuditLog log) {
		this.log = log;
	}

	void record(Viewer viewer, String action, UUID caseId, Map<String, String> details) {
		log.record(AuditEvent.of(viewer.username(), action, "case", caseId, RequestAddress.current()).withDetails(details));
	}

	void denied(Viewer viewer, String action, UUID caseId, String reason) {
		log.record(AuditEvent.of(viewer.username(), action, "case", caseId, RequestAddress.current())
			.withOutcome(AuditEvent.DENIED)
			.withDetails(Map.of("reason", reason)));
	}

}
