package org.vigil.cases.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.NotFoundException;
import org.vigil.vault.KeyDestroyedException;
import org.vigil.platform.Refusal;

/**
 * Recording, correcting, deleting and reading who reported what, in a case whose standing was
 * checked for the request; a source's name and contact details are sealed with the case's key. A
 * correction names the version it was made on; a deleted source leaves the case's lists and stays
 * in the history.
 */
@Service
@Transactional
class SourceRecords {

	private final SourceRepository sources;

	private final PersonRepository persons;

	private final ProtectedFields fields;

	private final IdentityReveals reveals;

	private final CaseAudit audit;

	private final CaseHistory history;

	SourceRecords(SourceRepository sources, PersonRepository persons, ProtectedFields fields, IdentityReveals reveals,
			CaseAudit audit, CaseHistory history) {
		this.history = history;
		this.sources = sources;
		this.persons = persons;
		this.fields = fields;
		this.reveals = reveals;
		this.audit = audit;
	}

	Source recordSource(Viewer viewer, CaseStanding standing, SourceDetails details) {
		CaseAccess.requireChange(standing);
		CaseAccess.requireNotPurged(standing);
		UUID caseId = standing.caseId();
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

	/**
	 * Corrects a source. Its name and contact details are replaced only when the identities are
	 * revealed to the editor; otherwise they must be left out, and are kept as they are.
	 */
	EditOutcome<SourceView> correctSource(Viewer viewer, CaseStanding standing, UUID sourceId, SourceDetails details,
			long baseVersion) {
		CaseAccess.requireChange(standing);
		CaseAccess.requireNotPurged(standing);
		UUID caseId = standing.caseId();
		Source source = find(standing, sourceId);
		boolean revealed = standing.mayReadIdentities();
		if (!revealed && (details.name() != null || details.contactDetails() != null)) {
			throw Refusal.onField(CaseRule.SOURCE_IDENTITY_HIDDEN, details.name() != null ? "name" : "contactDetails").toException();
		}
		requirePersonsOfCase(caseId, details);
		if (source.version() != baseVersion) {
			return conflict(source, baseVersion, revealed);
		}
		SourceDetails stored = source.storedDetails();
		SourceDetails sealed = revealed ? seal(caseId, sourceId, details, stored)
				: new SourceDetails(details.label(), stored.name(), stored.contactDetails(), details.reportedOn(),
						details.reliability(), details.confidential(), details.information(), details.personIds());
		source.correct(sealed, viewer.username());
		sources.saveAndFlush(source);
		List<FieldChange> changes = RecordFields.changes(RecordFields.of(stored), RecordFields.of(source.storedDetails()));
		audit.record(viewer, "source.changed", caseId, Map.of("source", sourceId.toString(),
				"fields", String.join(",", changes.stream().map(FieldChange::field).toList())));
		return new EditOutcome.Saved<>(view(source, revealed));
	}

	/** Deletes a source: it leaves the case's lists and stays in the history. Protected data is not written, so a purged case allows it. */
	EditOutcome<SourceView> deleteSource(Viewer viewer, CaseStanding standing, UUID sourceId, long baseVersion) {
		CaseAccess.requireChange(standing);
		Source source = find(standing, sourceId);
		if (source.version() != baseVersion) {
			return conflict(source, baseVersion, standing.mayReadIdentities());
		}
		source.delete(viewer.username());
		sources.saveAndFlush(source);
		audit.record(viewer, "source.deleted", standing.caseId(), Map.of("source", sourceId.toString()));
		return new EditOutcome.Saved<>(view(source, false));
	}

	/** Someone saved the source after {@code baseVersion}: what they changed, protected values named but never shown. */
	private EditOutcome<SourceView> conflict(Source source, long baseVersion, boolean revealed) {
		Map<String, Object> now = RecordFields.of(source.storedDetails());
		Map<String, Object> base = history.sourceAt(source.id(), baseVersion).map(s -> RecordFields.of(s.storedDetails())).orElse(now);
		return new EditOutcome.Conflict<>(view(source, revealed), source.version(), source.updatedBy(), source.updatedAt(),
				RecordFields.changes(base, now));
	}

	@Transactional(readOnly = true)
	List<SourceView> sources(Viewer viewer, CaseStanding standing) {
		List<SourceView> found = of(standing.caseId(), standing.mayReadIdentities());
		reveals.auditRead(viewer, standing, found.size());
		return found;
	}

	/** The sources of a case whose visibility the caller has checked; see {@link PersonRecords#of}. */
	@Transactional(readOnly = true)
	List<SourceView> of(UUID caseId, boolean revealed) {
		return sources.ofCase(caseId).stream().map(s -> view(s, revealed)).toList();
	}

	@Transactional(readOnly = true)
	SourceView source(Viewer viewer, CaseStanding standing, UUID sourceId) {
		Source source = find(standing, sourceId);
		reveals.auditRead(viewer, standing, 1);
		return view(source, standing.mayReadIdentities());
	}

	/** @throws NotFoundException when the source is not one of the case's, or was deleted */
	private Source find(CaseStanding standing, UUID sourceId) {
		return sources.inCase(sourceId, standing.caseId()).orElseThrow(() -> new NotFoundException("Source"));
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

	private void requirePersonsOfCase(UUID caseId, SourceDetails details) {
		for (UUID personId : details.personIds()) {
			Optional<Person> person = persons.findByIdAndCaseId(personId, caseId);
			if (person.isEmpty()) {
				throw Refusal.onField(CaseRule.PERSON_OF_OTHER_CASE, "personIds").toException();
			}
		}
	}

}
