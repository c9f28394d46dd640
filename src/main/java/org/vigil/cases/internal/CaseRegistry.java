package org.vigil.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseChanged;
import org.vigil.cases.CaseOpened;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.Refusal;

/**
 * The case registry's use cases for cases themselves: opening, editing, viewing, listing, sharing
 * and reading the history. Each works on a case whose {@link CaseStanding} was checked for the
 * request (see {@link CaseStandings}) and checks only what the step needs beyond seeing it.
 * Persons and sources have their own services ({@link PersonRecords}, {@link SourceRecords}).
 */
@Service
@Transactional
class CaseRegistry {

	private final CaseFileRepository cases;

	private final CaseShareRepository shares;

	private final CaseReferences references;

	private final CaseAccess access;

	private final CaseHistory history;

	private final IdentityAccess identities;

	private final CaseAudit audit;

	private final ApplicationEventPublisher events;

	CaseRegistry(CaseFileRepository cases, CaseShareRepository shares, CaseReferences references, CaseAccess access,
			CaseHistory history, IdentityAccess identities, CaseAudit audit, ApplicationEventPublisher events) {
		this.events = events;
		this.cases = cases;
		this.shares = shares;
		this.references = references;
		this.access = access;
		this.history = history;
		this.identities = identities;
		this.audit = audit;
	}

	/** Opens a case in one of the viewer's teams and gives it the next reference. */
	CaseFile open(Viewer viewer, CaseDetails details, UUID teamId) {
		CaseAccess.requireResearcher(viewer);
		UUID team = teamId != null ? teamId : viewer.teamIds().stream().sorted().findFirst()
			.orElseThrow(() -> Refusal.onField(CaseRule.NO_TEAM, "teamId").toException());
		if (!viewer.isMemberOf(team)) {
			throw Refusal.onField(CaseRule.NOT_YOUR_TEAM, "teamId").toException();
		}
		CaseFile opened = record(details, team, viewer.username());
		// Whoever opens a case records who the people are, so holds the identity permission for it.
		identities.grant(opened.id(), viewer.userId(), "system", null);
		audit.record(viewer, "case.opened", opened.id(), Map.of("reference", opened.reference()));
		return opened;
	}

	/** Records a new case with the next reference and announces it; the caller has checked who may. */
	CaseFile record(CaseDetails details, UUID teamId, String by) {
		CaseFile opened = cases.saveAndFlush(new CaseFile(references.next(details.countryOfCustody()), details, teamId, by));
		events.publishEvent(new CaseOpened(opened.id(), opened.teamId(), opened.reference()));
		return opened;
	}

	EditOutcome<CaseFile> edit(Viewer viewer, CaseStanding standing, CaseDetails details, long baseVersion) {
		CaseAccess.requireChange(standing);
		UUID caseId = standing.caseId();
		CaseFile caseFile = access.load(standing);
		if (caseFile.version() != baseVersion) {
			Map<String, Object> base = history.caseAt(caseId, baseVersion).map(c -> RecordFields.of(c.details()))
				.orElseGet(() -> RecordFields.of(details));
			return new EditOutcome.Conflict<>(caseFile, caseFile.version(), caseFile.updatedBy(), caseFile.updatedAt(),
					RecordFields.changes(base, RecordFields.of(caseFile.details())));
		}
		Map<String, Object> before = RecordFields.of(caseFile.details());
		caseFile.apply(details, viewer.username());
		cases.saveAndFlush(caseFile);
		List<FieldChange> changes = RecordFields.changes(before, RecordFields.of(caseFile.details()));
		audit.record(viewer, "case.changed", caseId, Map.of("fields", fieldNames(changes)));
		if (!changes.isEmpty()) {
			CaseDetails now = caseFile.details();
			events.publishEvent(new CaseChanged(caseId, changes.stream().map(FieldChange::field).collect(Collectors.toSet()),
					now.countryOfCustody(), now.countryOfFearedReturn(), now.status(), now.priority()));
		}
		return new EditOutcome.Saved<>(caseFile);
	}

	/** The case, to show in a form or a heading. */
	@Transactional(readOnly = true)
	CaseFile find(CaseStanding standing) {
		return access.load(standing);
	}

	/** The case, for the case page or its API record: the view is audited. */
	@Transactional(readOnly = true)
	CaseFile view(Viewer viewer, CaseStanding standing) {
		CaseFile caseFile = access.load(standing);
		audit.record(viewer, "case.viewed", caseFile.id());
		return caseFile;
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

	@Transactional(readOnly = true)
	List<HistoryEntry> history(CaseStanding standing) {
		return history.of(standing.caseId());
	}

	/**
	 * Shares a case with a user outside its team, until an optional expiry; sharing again replaces
	 * the expiry. Only members of the owning team may share: a share does not pass on further.
	 */
	void share(Viewer viewer, CaseStanding standing, UUID userId, Instant expiresAt) {
		CaseAccess.requireChange(standing);
		UUID caseId = standing.caseId();
		if (!viewer.isMemberOf(standing.visibleCase().teamId())) {
			throw Refusal.onField(CaseRule.SHARED_BY_OWNING_TEAM_ONLY, "username").toException();
		}
		CaseRule.requireFutureExpiry(expiresAt);
		shares.findById(new CaseShare.Key(caseId, userId))
			.ifPresentOrElse(existing -> existing.renew(viewer.username(), expiresAt),
					() -> shares.save(new CaseShare(caseId, userId, viewer.username(), expiresAt)));
		audit.record(viewer, "case.shared", caseId, Map.of("user", userId.toString()));
	}

	private static String fieldNames(List<FieldChange> changes) {
		return String.join(",", changes.stream().map(FieldChange::field).toList());
	}

}
