package org.vigil.cases.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;

/**
 * What the case page shows itself, gathered in one read-only transaction on the standing checked
 * for the request: the case (the view audited once), whether the viewer may reveal its identities,
 * its people and sources, and — when identities are shown — one audit entry for the records read.
 * The other parts of the page (urgency, whereabouts, legal basis, appeals, files) are loaded from
 * their modules' own routes after the page is shown; access and the full history have pages of their own.
 */
@Service
class CasePage {

	private final CaseRegistry registry;

	private final IdentityReveals reveals;

	private final PersonRecords people;

	private final SourceRecords sources;

	CasePage(CaseRegistry registry, IdentityReveals reveals, PersonRecords people, SourceRecords sources) {
		this.registry = registry;
		this.reveals = reveals;
		this.people = people;
		this.sources = sources;
	}

	/** @param mayReveal whether the viewer holds the identity permission, so may reveal the identities */
	record Content(CaseFile caseFile, boolean mayReveal, List<PersonView> persons, List<SourceView> sources) {
	}

	@Transactional(readOnly = true)
	Content load(Viewer viewer, CaseStanding standing) {
		CaseFile caseFile = registry.view(viewer, standing);
		boolean revealed = standing.mayReadIdentities();
		List<PersonView> persons = people.of(caseFile.id(), revealed);
		List<SourceView> found = sources.of(caseFile.id(), revealed);
		reveals.auditRead(viewer, standing, persons.size() + found.size());
		return new Content(caseFile, reveals.holdsIdentityPermission(viewer, standing), persons, found);
	}

}
