package org.vigil.cases.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditTrail;

/**
 * What the case page shows, gathered in one read-only transaction: the case (its visibility checked
 * and the view audited once), where the viewer stands with its identities (one statement), its
 * people and sources, and — when identities are shown — one audit entry for the records read.
 * Asking each record service separately checked visibility and the reveal again for every part.
 */
@Service
class CasePage {

	private final CaseRegistry registry;

	private final IdentityReveals reveals;

	private final PersonRecords people;

	private final SourceRecords sources;

	private final CaseTrail trail;

	private final CasePurging purging;

	CasePage(CaseRegistry registry, IdentityReveals reveals, PersonRecords people, SourceRecords sources, CaseTrail trail,
			CasePurging purging) {
		this.registry = registry;
		this.reveals = reveals;
		this.people = people;
		this.sources = sources;
		this.trail = trail;
		this.purging = purging;
	}

	/** @param passkeyConfirmed whether this sign-in was completed with the viewer's passkey */
	record Content(CaseFile caseFile, IdentityAccess.Standing identities, List<PersonView> persons, List<SourceView> sources,
			List<AuditTrail.Line> trail, boolean purged, boolean legalHold, boolean passkeyConfirmed) {
	}

	@Transactional(readOnly = true)
	Content load(Viewer viewer, UUID caseId) {
		CaseFile caseFile = registry.view(viewer, caseId);
		IdentityAccess.Standing standing = reveals.standing(viewer, caseId);
		List<PersonView> persons = people.of(caseFile, standing.revealed());
		List<SourceView> found = sources.of(caseFile, standing.revealed());
		if (standing.revealed()) {
			reveals.auditRead(viewer, caseId, persons.size() + found.size());
		}
		return new Content(caseFile, standing, persons, found, trail.of(viewer, caseFile), purging.isPurged(caseId),
				purging.isUnderLegalHold(caseId), purging.confirmedWithPasskey(viewer));
	}

}
