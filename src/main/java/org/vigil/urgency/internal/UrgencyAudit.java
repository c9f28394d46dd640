package org.vigil.urgency.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.RequestAddress;

/**
 * What the urgency module tells the audit log: changes of the thresholds and of where a team's
 * alerts go (each value before and after), and acknowledged alerts. Never a person or a place.
 */
@Component
class UrgencyAudit {

	private final AuditLog log;

	UrgencyAudit(AuditLog log) {
		this.log = log;
	}

	void record(Viewer viewer, String action, String recordType, Object recordId, Map<String, String> details) {
		log.record(AuditEvent.of(viewer.username(), action, recordType, recordId, RequestAddress.current()).withDetails(details));
	}

}
