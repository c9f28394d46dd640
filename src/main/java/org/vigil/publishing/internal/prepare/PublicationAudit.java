package org.vigil.publishing.internal.prepare;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.RefusalRule;
import org.vigil.platform.RequestAddress;

/**
 * What publishing tells the audit log: who prepared, edited, released, corrected or withdrew which
 * publication of which case, when an embargo ended, and every refused step. Ids, statuses and rule
 * names only — never the text, nor which protected value a refused text held.
 */
@Component
class PublicationAudit {

	/** The actor of the steps Vigil takes itself: releasing at the end of an embargo. */
	static final String VIGIL = "vigil";

	private final AuditLog log;

	PublicationAudit(AuditLog log) {
		this.log = log;
	}

	void record(String actor, String action, Publication publication, Map<String, String> details) {
		log.record(event(actor, action, publication.caseId(), publication.id(), details));
	}

	void denied(String actor, String action, UUID caseId, UUID publicationId, RefusalRule rule) {
		log.record(event(actor, action, caseId, publicationId, Map.of("reason", ((Enum<?>) rule).name())).withOutcome(AuditEvent.DENIED));
	}

	private static AuditEvent event(String actor, String action, UUID caseId, UUID publicationId, Map<String, String> details) {
		Map<String, String> all = new HashMap<>(details);
		all.put("case", caseId.toString());
		return AuditEvent.of(actor, action, PublicationStore.RECORD_TYPE, publicationId, RequestAddress.current()).withDetails(all);
	}

}
