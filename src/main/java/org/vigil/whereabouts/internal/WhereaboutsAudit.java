package org.vigil.whereabouts.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.RequestAddress;

/**
 * What whereabouts tell the audit log, as entries about their case (so that the case's trail shows
 * them): entries recorded, corrected and removed, reports received, and reads of protected values.
 * Entry and report ids only — never a place of hiding, a note or a report's text.
 */
@Component
class WhereaboutsAudit {

	private final AuditLog log;

	WhereaboutsAudit(AuditLog log) {
		this.log = log;
	}

	void record(Viewer viewer, String action, UUID caseId, Map<String, String> details) {
		log.record(AuditEvent.of(viewer.username(), action, "case", caseId, RequestAddress.current()).withDetails(details));
	}

}
