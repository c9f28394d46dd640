package org.vigil.cases.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.PersonChanged;
import org.vigil.cases.PersonRecorded;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.vault.CaseKeys;
import org.vigil.vault.KeyDestroyedException;

/**
 * Recording, changing and reading the persons of a case whose standing was checked for the request.
 * Identities are sealed before they are stored, their names indexed for lookup, and opened only for
 * a viewer who has revealed them.
 */
@Service
@Transactional
class PersonRecords {

	private final PersonRepository persons;

	private final CaseAccess access;

	private final CaseHistory history;

	private final ProtectedFields fields;

	private final NameTokens nameTokens;

	private final IdentityReveals reveals;

	private final CaseKeys keys;

	private final CaseAudit audit;

	private final ApplicationEventPublisher events;

	PersonRecords(PersonRepository persons, CaseAccess access, CaseHistory history, ProtectedFields fields,
			NameTokens nameTokens, IdentityReveals reveals, CaseKeys keys, CaseAudit audit, ApplicationEventPublisher events) {
		this.events = events;
		this.persons = persons;
		this.access = access;
		this.history = history;
		this.fields = fields;
		this.nameTokens = nameTokens;
		this.reveals = reveals;
		this.keys = keys;
		this.audit = audit;
	}

	Person recordPerson(Viewer viewer, CaseStanding standing, PersonProfile profile, Identity identity) {
		CaseAccess.requireChange(standing);
		CaseAccess.requireNotPurged(standing);
		Person person = recordPerson(standing.caseId(), profile, identity, viewer.username());
		audit.record(viewer, "person.recorded", standing.caseId(), Map.of("person", person.id().toString()));
		return person;
	}

	/** Records a person with its identity sealed and its names indexed, and announces it; the caller has checked access. */
	Person recordPerson(UUID caseId, PersonProfile profile, Identity identity, String by) {
		UUID personId = UUID.randomUUID();
		Person person = persons.saveAndFlush(new Person(personId, caseId, profile, fields.seal(caseId, personId, identity, null), by));
		nameTokens.reindex(caseId, personId, identity);
		events.publishEvent(new PersonRecorded(caseId, personId));
		return person;
	}

	/**
	 * Changes the person's profile and identity. Changing a person replaces its identity fields, so
	 * they must be revealed to the editor; a person whose identity was purged keeps it purged.
	 */
	EditOutcome<PersonView> editPerson(Viewer viewer, CaseStanding standing, UUID personId, PersonProfile profile,
			Identity identity, long baseVersion) {
		CaseAccess.requireChange(standing);
		CaseAccess.requireNotPurged(standing);
		UUID caseId = standing.caseId();
		Person person = persons.findByIdAndCaseId(personId, caseId).orElseThrow(() -> new NotFoundException("Person"));
		if (!standing.mayReadIdentities()) {
			throw new AccessDeniedException(
					"Reveal the identities of this case first: changing a person replaces its identity fields.");
		}
		if (keys.isShredded(personId)) {
			throw Refusal.of(CaseRule.PERSON_PURGED).toException();
		}
		if (person.version() != baseVersion) {
			Map<String, Object> base = history.personAt(personId, baseVersion)
				.map(p -> RecordFields.of(p.profile(), p.identity()))
				.orElseGet(() -> RecordFields.of(person.profile(), person.identity()));
			return new EditOutcome.Conflict<>(view(person, true), person.version(), null, null,
					RecordFields.changes(base, RecordFields.of(person.profile(), person.identity())));
		}
		person.change(profile, fields.seal(caseId, personId, identity, person.identity()));
		persons.saveAndFlush(person);
		nameTokens.reindex(caseId, personId, identity);
		audit.record(viewer, "person.changed", caseId, Map.of("person", personId.toString()));
		events.publishEvent(new PersonChanged(caseId, personId));
		return new EditOutcome.Saved<>(view(person, true));
	}

	@Transactional(readOnly = true)
	PersonView person(Viewer viewer, CaseStanding standing, UUID personId) {
		Person person = persons.findByIdAndCaseId(personId, standing.caseId()).orElseThrow(() -> new NotFoundException("Person"));
		reveals.auditRead(viewer, standing, 1);
		return view(person, standing.mayReadIdentities());
	}

	@Transactional(readOnly = true)
	List<PersonView> persons(Viewer viewer, CaseStanding standing) {
		List<PersonView> found = of(standing.caseId(), standing.mayReadIdentities());
		reveals.auditRead(viewer, standing, found.size());
		return found;
	}

	/**
	 * The persons of a case whose visibility the caller has checked, with identities opened when
	 * {@code revealed}; the caller audits the read (the case page does it once for all records).
	 */
	@Transactional(readOnly = true)
	List<PersonView> of(UUID caseId, boolean revealed) {
		return persons.findByCaseIdOrderByCreatedAtAsc(caseId).stream().map(p -> view(p, revealed)).toList();
	}

	/** The persons of the visible cases whose names share a blind-index token with {@code name}. */
	@Transactional(readOnly = true)
	List<PersonView> findByName(Viewer viewer, String name) {
		return nameTokens.find(name).stream()
			.filter(match -> access.isVisible(viewer, match.caseId()))
			.map(match -> persons.findById(match.personId()))
			.flatMap(Optional::stream)
			.map(p -> view(p, reveals.isRevealed(viewer, p.caseId())))
			.toList();
	}

	private PersonView view(Person person, boolean revealed) {
		if (!revealed) {
			return new PersonView(person.id(), person.caseId(), person.profile(), null, true, false, person.version());
		}
		try {
			Identity identity = fields.open(person.caseId(), person.id(), person.identity());
			return new PersonView(person.id(), person.caseId(), person.profile(), identity, false, false, person.version());
		}
		catch (KeyDestroyedException purged) {
			return new PersonView(person.id(), person.caseId(), person.profile(), null, false, true, person.version());
		}
	}

}
