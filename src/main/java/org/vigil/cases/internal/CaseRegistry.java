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
import org.vigil.vault.CaseKeys;
import org.vigil.vault.KeyDestroyedException;

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

	private final ProtectedFields fields;

	private final NameTokens nameTokens;

	private final IdentityAccess identities;

	private final CaseAudit audit;

	private final CaseKeys caseKeys;

	CaseRegistry(CaseFileRepository cases, PersonRepository persons, SourceRepository sources, CaseShareRepository shares,
			CaseReferences references, CaseAccess access, CaseHistory history, ProtectedFields fields, NameTokens nameTokens,
			IdentityAccess identities, CaseAudit audit, CaseKeys caseKeys) {
		this.caseKeys = caseKeys;
		this.fields = fields;
		this.nameTokens = nameTokens;
		this.identities = identities;
		this.audit = audit;
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
		CaseFile opened = cases.saveAndFlush(new CaseFile(references.next(details.countryOfCustody()), details, team, viewer.username()));
		// Whoever opens a case records who the people are, so holds the identity permission for it.
		identities.grant(opened.id(), viewer.userId(), "system", null);
		audit.record(viewer, "case.opened", opened.id(), Map.of("reference", opened.reference()));
		return opened;
	}

	EditOutcome<CaseFile> edit(Viewer viewer, UUID caseId, CaseDetails details, long baseVersion) {
		CaseFile caseFile = access.changeable(viewer, caseId);
		if (caseFile.version() != baseVersion) {
			Map<String, Object> base = history.caseAt(caseId, baseVersion).map(c -> RecordFields.of(c.details()))
				.orElseGet(() -> RecordFields.of(details));
			return new EditOutcome.Conflict<>(caseFile, caseFile.version(), caseFile.updatedBy(), caseFile.updatedAt(),
					RecordFields.changes(base, RecordFields.of(caseFile.details())));
		}
		Map<String, Object> before = RecordFields.of(caseFile.details());
		caseFile.apply(details, viewer.username());
		cases.saveAndFlush(caseFile);
		audit.record(viewer, "case.changed", caseId, Map.of("fields", fieldNames(RecordFields.changes(before, RecordFields.of(details)))));
		return new EditOutcome.Saved<>(caseFile);
	}

	@Transactional(readOnly = true)
	CaseFile find(Viewer viewer, UUID caseId) {
		return access.visible(viewer, caseId);
	}

	/** The case, for the case page or its API record: the view is audited. */
	@Transactional(readOnly = true)
	CaseFile view(Viewer viewer, UUID caseId) {
		CaseFile caseFile = access.visible(viewer, caseId);
		audit.record(viewer, "case.viewed", caseId);
		return caseFile;
	}

	@Transactional(readOnly = true)
	Page<CaseFile> list(Viewer viewer, CaseFilter filter, Pageable page) {
		Specification<CaseFile> spec = CaseAccess.visibleTo(viewer);
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
		requireNotPurged(caseId);
		Person person = recordPerson(caseFile.id(), profile, identity, viewer.username());
		audit.record(viewer, "person.recorded", caseId, Map.of("person", person.id().toString()));
		return person;
	}

	/** Records a person with its identity sealed and its names indexed; the caller has checked access. */
	Person recordPerson(UUID caseId, PersonProfile profile, Identity identity, String by) {
		UUID personId = UUID.randomUUID();
		Person person = persons.saveAndFlush(new Person(personId, caseId, profile, fields.seal(caseId, personId, identity, null), by));
		nameTokens.reindex(caseId, personId, identity);
		return person;
	}

	EditOutcome<PersonView> editPerson(Viewer viewer, UUID caseId, UUID personId, PersonProfile profile, Identity identity,
			long baseVersion) {
		access.changeable(viewer, caseId);
		requireNotPurged(caseId);
		requireRevealed(viewer, caseId);
		Person person = persons.findByIdAndCaseId(personId, caseId).orElseThrow(() -> new NotFoundException("Person"));
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
		return new EditOutcome.Saved<>(view(person, true));
	}

	@Transactional(readOnly = true)
	PersonView person(Viewer viewer, UUID caseId, UUID personId) {
		access.visible(viewer, caseId);
		Person person = persons.findByIdAndCaseId(personId, caseId).orElseThrow(() -> new NotFoundException("Person"));
		return view(person, revealedAndAudited(viewer, caseId, 1));
	}

	@Transactional(readOnly = true)
	List<PersonView> persons(Viewer viewer, UUID caseId) {
		access.visible(viewer, caseId);
		List<Person> found = persons.findByCaseIdOrderByCreatedAtAsc(caseId);
		boolean revealed = revealedAndAudited(viewer, caseId, found.size());
		return found.stream().map(p -> view(p, revealed)).toList();
	}

	/** Whether this viewer may hold the identity permission on the case. */
	@Transactional(readOnly = true)
	boolean holdsIdentityPermission(Viewer viewer, UUID caseId) {
		access.visible(viewer, caseId);
		return identities.holdsPermission(viewer, caseId);
	}

	@Transactional(readOnly = true)
	boolean identitiesRevealed(Viewer viewer, UUID caseId) {
		access.visible(viewer, caseId);
		return identities.isRevealed(viewer, caseId);
	}

	/**
	 * Reveals the case's identities to the viewer for a stated reason; the caller has confirmed
	 * the viewer's password or second factor recently.
	 */
	java.time.Instant revealIdentities(Viewer viewer, UUID caseId, String reason) {
		access.visible(viewer, caseId);
		if (!identities.holdsPermission(viewer, caseId)) {
			audit.denied(viewer, "identity.revealed", caseId, "no identity permission");
			throw new org.springframework.security.access.AccessDeniedException(
					"Revealing identities takes the identity permission for this case; a reviewer of the owning team can grant it.");
		}
		if (reason == null || reason.strip().length() < IdentityAccess.MIN_REASON_LENGTH) {
			throw new CaseRejected("reason", "must say why you need the identities (at least " + IdentityAccess.MIN_REASON_LENGTH + " characters)");
		}
		return identities.reveal(viewer, caseId, reason.strip());
	}

	/** Grants the identity permission on the case to a user; reviewers of the owning team only. */
	void grantIdentityPermission(Viewer viewer, UUID caseId, UUID userId, java.time.Instant expiresAt) {
		CaseFile caseFile = access.visible(viewer, caseId);
		if (!IdentityAccess.mayGrant(viewer, caseFile.teamId())) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only reviewers of the team that owns the case can grant the identity permission.");
		}
		identities.grant(caseId, userId, viewer.username(), expiresAt);
		audit.record(viewer, "identity.granted", caseId, Map.of("user", userId.toString()));
	}

	private boolean revealedAndAudited(Viewer viewer, UUID caseId, int records) {
		boolean revealed = identities.isRevealed(viewer, caseId);
		if (revealed && records > 0) {
			audit.record(viewer, "identity.read", caseId, Map.of("records", String.valueOf(records)));
		}
		return revealed;
	}

	private void requireNotPurged(UUID caseId) {
		if (caseKeys.isShredded(caseId)) {
			throw new CaseRejected("case", "was purged: its key is destroyed, so nothing protected can be recorded in it any more");
		}
	}

	private void requireRevealed(Viewer viewer, UUID caseId) {
		if (!identities.isRevealed(viewer, caseId)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Reveal the identities of this case first: changing a person replaces its identity fields.");
		}
	}

	/** The persons of the visible cases whose names share a blind-index token with {@code name}. */
	@Transactional(readOnly = true)
	List<PersonView> findByName(Viewer viewer, String name) {
		return nameTokens.find(name).stream()
			.filter(match -> isVisible(viewer, match.caseId()))
			.map(match -> persons.findById(match.personId()))
			.flatMap(Optional::stream)
			.map(p -> view(p, identities.isRevealed(viewer, p.caseId())))
			.toList();
	}

	Source recordSource(Viewer viewer, UUID caseId, SourceDetails details) {
		access.changeable(viewer, caseId);
		requireNotPurged(caseId);
		requirePersonsOfCase(caseId, details);
		Source source = recordSource(caseId, details, viewer.username());
		audit.record(viewer, "source.recorded", caseId, Map.of("source", source.id().toString()));
		return source;
	}

	/** Records a source with its identity sealed; the caller has checked access. */
	Source recordSource(UUID caseId, SourceDetails details, String by) {
		UUID sourceId = UUID.randomUUID();
		return sources.save(new Source(sourceId, caseId, seal(caseId, sourceId, details, null), by));
	}

	@Transactional(readOnly = true)
	List<SourceView> sources(Viewer viewer, UUID caseId) {
		access.visible(viewer, caseId);
		List<Source> found = sources.findByCaseIdOrderByCreatedAtAsc(caseId);
		boolean revealed = revealedAndAudited(viewer, caseId, found.size());
		return found.stream().map(s -> view(s, revealed)).toList();
	}

	@Transactional(readOnly = true)
	SourceView source(Viewer viewer, UUID caseId, UUID sourceId) {
		access.visible(viewer, caseId);
		Source source = sources.findByIdAndCaseId(sourceId, caseId).orElseThrow(() -> new NotFoundException("Source"));
		return view(source, revealedAndAudited(viewer, caseId, 1));
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

	private SourceView view(Source source, boolean revealed) {
		SourceDetails stored = source.storedDetails();
		if (!revealed) {
			return new SourceView(source.id(), source.caseId(), withoutIdentity(stored), true, false, source.version());
		}
		try {
			SourceDetails opened = new SourceDetails(stored.label(),
					fields.openSourceField(source.caseId(), source.id(), "name", stored.name()),
					fields.openSourceField(source.caseId(), source.id(), "contactDetails", stored.contactDetails()),
					stored.reportedOn(), stored.reliability(), stored.confidential(), stored.information(), stored.personIds());
			return new SourceView(source.id(), source.caseId(), opened, false, false, source.version());
		}
		catch (KeyDestroyedException purged) {
			return new SourceView(source.id(), source.caseId(), withoutIdentity(stored), false, true, source.version());
		}
	}

	private SourceDetails seal(UUID caseId, UUID sourceId, SourceDetails details, SourceDetails current) {
		return new SourceDetails(details.label(),
				fields.sealSourceField(caseId, sourceId, "name", details.name(), current == null ? null : current.name()),
				fields.sealSourceField(caseId, sourceId, "contactDetails", details.contactDetails(),
						current == null ? null : current.contactDetails()),
				details.reportedOn(), details.reliability(), details.confidential(), details.information(), details.personIds());
	}

	private static SourceDetails withoutIdentity(SourceDetails d) {
		return new SourceDetails(d.label(), null, null, d.reportedOn(), d.reliability(), d.confidential(), d.information(),
				d.personIds());
	}

	private boolean isVisible(Viewer viewer, UUID caseId) {
		try {
			access.visible(viewer, caseId);
			return true;
		}
		catch (NotFoundException notVisible) {
			return false;
		}
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
		audit.record(viewer, "case.shared", caseId, Map.of("user", userId.toString()));
	}

	private static String fieldNames(List<FieldChange> changes) {
		return String.join(",", changes.stream().map(FieldChange::field).toList());
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
