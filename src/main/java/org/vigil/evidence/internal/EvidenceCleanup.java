package org.vigil.evidence.internal;

import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.vigil.cases.CasePurged;

/**
 * Once a case is purged, its evidence folder goes too. The content was already unreadable once the
 * key was destroyed, wherever a copy lies (backups included); deleting the folder only tidies up the
 * disk. The listener runs after the purge committed, so a purge that rolls back never loses files
 * whose key still exists. A deletion that fails is logged and thrown again, so that the event
 * publication registry (when there is one) keeps it incomplete and retries it; deleting twice is
 * harmless.
 */
@Component
class EvidenceCleanup {

	private static final Logger log = LoggerFactory.getLogger(EvidenceCleanup.class);

	private final EvidenceStore store;

	EvidenceCleanup(EvidenceStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(CasePurged purged) {
		try {
			store.deleteCase(purged.caseId());
		}
		catch (UncheckedIOException ex) {
			log.warn("The case {} was purged, but its evidence folder could not be deleted yet", purged.caseId(), ex);
			throw ex;
		}
	}

}
