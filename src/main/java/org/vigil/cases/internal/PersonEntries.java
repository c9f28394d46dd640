package org.vigil.cases.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.PersonDirectory;
import org.vigil.cases.PersonEntry;
import org.vigil.vault.KeyScope;

/** The persons of a case for other modules: public facts only, under the case's visibility. */
@Component
@Transactional(readOnly = true)
class PersonEntries implements PersonDirectory {

	private final CaseDirectory cases;

	private final PersonRepository persons;

	PersonEntries(CaseDirectory cases, PersonRepository persons) {
		this.cases = cases;
		this.persons = persons;
	}

	@Override
	public List<PersonEntry> persons(Viewer viewer, UUID caseId) {
		return persons(cases.standing(viewer, caseId));
	}

	@Override
	public List<PersonEntry> persons(CaseStanding standing) {
		return persons.findByCaseIdOrderByCreatedAtAsc(standing.caseId()).stream().map(PersonEntries::entry).toList();
	}

	static PersonEntry entry(Person person) {
		PersonProfile p = person.profile();
		// Each person's identity is sealed with the person's own key (see ProtectedFields).
		return new PersonEntry(person.id(), person.caseId(), p.kind(), p.publicLabel(), p.numberOfPersons(), p.role(),
				p.categories(), KeyScope.of(person.id()));
	}

}
