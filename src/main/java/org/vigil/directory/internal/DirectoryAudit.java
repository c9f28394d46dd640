package org.vigil.directory.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.Refusal;
import org.vigil.platform.RequestAddress;

/** What the directory tells the audit log: entries created, changed, verified, retired, imported, and refusals. */
@Component
class DirectoryAudit {

	static final String RECORD_TYPE = "authority";

	private final AuditLog log;

	DirectoryAudit(AuditLog log) {
		this.log = log;
	}

	void record(Viewer viewer, String action, Object recordId, Map<String, String> details) {
		log.record(AuditEvent.of(viewer.username(), action, RECORD_TYPE, recordId, RequestAddress.current()).withDetails(details));
	}

	void denied(Viewer viewer, String action, Object recordId, Refusal refusal) {
		log.record(AuditEvent.of(viewer.username(), action, RECORD_TYPE, recordId, RequestAddress.current())
			.withOutcome(AuditEvent.DENIED)
			.withDetails(Map.of("refusal", refusal.rule().name())));
	}

}
