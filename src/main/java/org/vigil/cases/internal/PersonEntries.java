package org.vigil.cases.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.PersonDirectory;
import org.vigil.cases.PersonEntry;
import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;
import org.vigil.vault.KeyScope;

/** The persons of a case for other modules: public facts only, under the case's visibility. */
@Component
@Transactional(readOnly = true)
class PersonEntries implements PersonDirectory {

	private final CaseDirectory cases;

	private final PersonRepository persons;

	private final PersonRecords records;

	private final IdentityReveals reveals;

	private static final PersonCategoriesConverter CATEGORIES = new PersonCategoriesConverter();

	private final JdbcClient jdbc;

	private final EntityManager entities;

	PersonEntries(CaseDirectory cases, PersonRepository persons, PersonRecords records, IdentityReveals reveals, JdbcClient jdbc,
			EntityManager entities) {
		this.jdbc = jdbc;
		this.entities = entities;
		this.cases = cases;
		this.persons = persons;
		this.records = records;
		this.reveals = reveals;
	}

	@Override
	public List<PersonEntry> persons(Viewer viewer, UUID caseId) {
		return persons(cases.standing(viewer, caseId));
	}

	/**
	 * Outside a transaction (a request reading, nearly always) in one plain statement of the public
	 * columns, without a transaction of its own: loading the entities would also fetch the case's key
	 * and open each person's protected fields, which an entry never shows. Inside one, through the
	 * entities, so that a caller who has just changed a person reads its own change.
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<PersonEntry> persons(CaseStanding standing) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return publicColumns(List.of(standing.caseId())).getOrDefault(standing.caseId(), List.of());
		}
		return persons.findByCaseIdOrderByCreatedAtAsc(standing.caseId()).stream().map(PersonEntries::entry).toList();
	}

	/**
	 * In one plain statement of the public columns, loading no entity: a scheduled job asks for a
	 * thousand cases at a time. Changes still pending in the caller's transaction are written first.
	 */
	@Override
	public Map<UUID, List<PersonEntry>> personsOf(Collection<UUID> caseIds) {
		entities.flush();
		return publicColumns(caseIds);
	}

	/** The entries of these cases as the database holds them, in one statement: nothing pending is flushed. */
	private Map<UUID, List<PersonEntry>> publicColumns(Collection<UUID> caseIds) {
		Map<UUID, List<PersonEntry>> byCase = new LinkedHashMap<>();
		jdbc.sql("select id, case_id, kind, public_label, number_of_persons, role, categories from persons where case_id = any(?) "
				+ "order by created_at")
			.param(caseIds.toArray(UUID[]::new))
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				UUID caseId = rs.getObject("case_id", UUID.class);
				byCase.computeIfAbsent(caseId, c -> new ArrayList<>()).add(new PersonEntry(id, caseId, PersonKind.valueOf(rs.getString("kind")),
						rs.getString("public_label"), rs.getInt("number_of_persons"), PersonRole.valueOf(rs.getString("role")),
						CATEGORIES.convertToEntityAttribute(rs.getString("categories")), KeyScope.of(id)));
			});
		return byCase;
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
