package org.vigil.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.platform.NotFoundException;

/**
 * The case registry's use cases: opening and editing cases, recording persons and sources, and
 * reading them back, always through {@link CaseAccess}.
 */
@Service
@Transactional
class CaseRegistry {

	private final CaseFileRepository cases;

	private final PersonRepository persons;

	private final SourceRepository sources;

	private final CaseShareRepository shares;

	private final CaseReferences references;

	private final CaseAccess access;

	private final CaseHistory history;

	CaseRegistry(CaseFileRepository cases, PersonRepository persons, SourceRepository sources, CaseShareRepository shares,
			CaseReferences references, CaseAccess access, CaseHistory history) {
		this.cases = cases;
		this.persons = persons;
		this.sources = sources;
		this.shares = shares;
		this.references = references;
		this.access = access;
		this.history = history;
	}

	/** Opens a case in one of the viewer's teams and gives it the next reference. */
	CaseFile open(Viewer viewer, CaseDetails details, UUID teamId) {
		CaseAccess.requireResearcher(viewer);
		UUID team = teamId != null ? teamId : viewer.teamIds().stream().sorted().findFirst()
			.orElseThrow(() -> new CaseRejected("team", "You belong to no team yet; ask an administrator to add you to one."));
		if (!viewer.isMemberOf(team)) {
			throw new CaseRejected("team", "You can only open cases for a team you belong to.");
		}
		return cases.save(new CaseFile(references.next(details.countryOfCustody()), details, team, viewer.username()));
	}

	EditOutcome<CaseFile> edit(Viewer viewer, UUID caseId, CaseDetails details, long baseVersion) {
		CaseFile caseFile = access.changeable(viewer, caseId);
		if (caseFile.version() != baseVersion) {
			Map<String, Object> base = history.caseAt(caseId, baseVersion).map(c -> RecordFields.of(c.details()))
				.orElseGet(() -> RecordFields.of(details));
			return new EditOutcome.Conflict<>(caseFile, caseFile.version(), caseFile.updatedBy(), caseFile.updatedAt(),
					RecordFields.changes(base, RecordFields.of(caseFile.details())));
		}
		caseFile.apply(details, viewer.username());
		cases.saveAndFlush(caseFile);
		return new EditOutcome.Saved<>(caseFile);
	}

	@Transactional(readOnly = true)
	CaseFile find(Viewer viewer, UUID caseId) {
		return access.visible(viewer, caseId);
	}

	@Transactional(readOnly = true)
	Page<CaseFile> list(Viewer viewer, CaseFilter filter, Pageable page) {
		Specification<CaseFile> spec = CaseAccess.visibleTo(viewer, shares.liveCaseIds(viewer.userId(), java.time.Instant.now()));
		if (filter.status() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		if (filter.priority() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("priority"), filter.priority()));
		}
		if (filter.country() != null && !filter.country().isBlank()) {
			String country = filter.country().strip().toUpperCase(java.util.Locale.ROOT);
			spec = spec.and((root, q, cb) -> cb.or(cb.equal(root.get("countryOfCustody"), country),
					cb.equal(root.get("countryOfFearedReturn"), country)));
		}
		if (filter.teamId() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("teamId"), filter.teamId()));
		}
		return cases.findAll(spec, page);
	}

	Person recordPerson(Viewer viewer, UUID caseId, PersonProfile profile, Identity identity) {
		CaseFile caseFile = access.changeable(viewer, caseId);
		return persons.save(new Person(caseFile.id(), profile, identity, viewer.username()));
	}

	EditOutcome<Person> editPerson(Viewer viewer, UUID caseId, UUID personId, PersonProfile profile, Identity identity,
			long baseVersion) {
		access.changeable(viewer, caseId);
		Person person = persons.findByIdAndCaseId(personId, caseId).orElseThrow(() -> new NotFoundException("Person"));
		if (person.version() != baseVersion) {
			Map<String, Object> base = history.personAt(personId, baseVersion)
				.map(p -> RecordFields.of(p.profile(), p.identity()))
				.orElseGet(() -> RecordFields.of(profile, identity));
			return new EditOutcome.Conflict<>(person, person.version(), null, null,
					RecordFields.changes(base, RecordFields.of(person.profile(), person.identity())));
		}
		person.change(profile, identity);
		persons.saveAndFlush(person);
		return new EditOutcome.Saved<>(person);
	}

	@Transactional(readOnly = true)
	Person person(Viewer viewer, UUID caseId, UUID personId) {
		access.visible(viewer, caseId);
		return persons.findByIdAndCaseId(personId, caseId).orElseThrow(() -> new NotFoundException("Person"));
	}

	@Transactional(readOnly = true)
	List<Person> persons(Viewer viewer, UUID caseId) {
		access.visible(viewer, caseId);
		return persons.findByCaseIdOrderByCreatedAtAsc(caseId);
	}

	Source recordSource(Viewer viewer, UUID caseId, SourceDetails details) {
		access.changeable(viewer, caseId);
		requirePersonsOfCase(caseId, details);
		return sources.save(new Source(caseId, details, viewer.username()));
	}

	@Transactional(readOnly = true)
	List<Source> sources(Viewer viewer, UUID caseId) {
		access.visible(viewer, caseId);
		return sources.findByCaseIdOrderByCreatedAtAsc(caseId);
	}

	@Transactional(readOnly = true)
	Source source(Viewer viewer, UUID caseId, UUID sourceId) {
		access.visible(viewer, caseId);
		return sources.findByIdAndCaseId(sourceId, caseId).orElseThrow(() -> new NotFoundException("Source"));
	}

	@Transactional(readOnly = true)
	List<HistoryEntry> history(Viewer viewer, UUID caseId) {
		access.visible(viewer, caseId);
		return history.of(caseId);
	}

	/**
	 * Shares a case with a user outside its team, until an optional expiry; sharing again replaces
	 * the expiry. Only members of the owning team may share: a share does not pass on further.
	 */
	void share(Viewer viewer, UUID caseId, UUID userId, Instant expiresAt) {
		CaseFile caseFile = access.changeable(viewer, caseId);
		if (!viewer.isMemberOf(caseFile.teamId())) {
			throw new CaseRejected("username", "Only members of the team that owns the case can share it.");
		}
		if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
			throw new CaseRejected("expiresAt", "must be in the future");
		}
		shares.findById(new CaseShare.Key(caseId, userId))
			.ifPresentOrElse(existing -> existing.renew(viewer.username(), expiresAt),
					() -> shares.save(new CaseShare(caseId, userId, viewer.username(), expiresAt)));
	}

	private void requirePersonsOfCase(UUID caseId, SourceDetails details) {
		for (UUID personId : details.personIds()) {
			Optional<Person> person = persons.findByIdAndCaseId(personId, caseId);
			if (person.isEmpty()) {
				throw new CaseRejected("personIds", "A source can only be linked to persons of the same case.");
			}
		}
	}

}
