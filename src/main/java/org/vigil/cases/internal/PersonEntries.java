package org.vigil.cases.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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

	private final PersonRecords records;

	private final IdentityReveals reveals;

	PersonEntries(CaseDirectory cases, PersonRepository persons, PersonRecords records, IdentityReveals reveals) {
		this.cases = cases;
		this.persons = persons;
		this.records = records;
		this.reveals = reveals;
	}

	@Override
	public List<PersonEntry> persons(Viewer viewer, UUID caseId) {
		return persons(cases.standing(viewer, caseId));
	}

	@Override
	public List<PersonEntry> persons(CaseStanding standing) {
		return persons.findByCaseIdOrderByCreatedAtAsc(standing.caseId()).stream().map(PersonEntries::entry).toList();
	}

	@Override
	public Map<UUID, List<PersonEntry>> personsOf(Collection<UUID> caseIds) {
		return persons.findByCaseIdInOrderByCreatedAtAsc(caseIds).stream()
			.collect(Collectors.groupingBy(Person::caseId, Collectors.mapping(PersonEntries::entry, Collectors.toList())));
	}

	@Override
	public Map<UUID, String> names(Viewer viewer, CaseStanding standing) {
		Map<UUID, String> names = new LinkedHashMap<>();
		if (!standing.mayReadIdentities() || standing.purged()) {
			return names;
		}
		for (PersonView person : records.of(standing.caseId(), true)) {
			if (person.identity() != null && person.identity().name() != null && !person.identity().name().isBlank()) {
				names.put(person.id(), person.identity().name().strip());
			}
		}
		reveals.auditRead(viewer, standing, names.size());
		return names;
	}

	static PersonEntry entry(Person person) {
		PersonProfile p = person.profile();
		// Each person's identity is sealed with the person's own key (see ProtectedFields).
		return new PersonEntry(person.id(), person.caseId(), p.kind(), p.publicLabel(), p.numberOfPersons(), p.role(),
				p.categories(), KeyScope.of(person.id()));
	}

}
