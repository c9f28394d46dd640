package org.vigil.cases.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Role;
import org.vigil.accounts.SecondFactorStatus;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CasePurged;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.PersonPurged;
import org.vigil.vault.CaseKeys;
import org.vigil.vault.ShredOutcome;

/**
 * Crypto-shredding a case: its data key is destroyed, so every protected value of the case —
 * in the tables, the history and any backup — can no longer be read; its blind-index tokens go
 * too, and {@link CasePurged} tells other modules, so that they tidy up what they kept of it. Only
 * an administrator of the owning team may do it, and never under legal hold.
 */
@Service
class CasePurging {

	private final CaseKeys keys;

	private final JdbcClient jdbc;

	private final CaseAudit audit;

	private final PersonRepository persons;

	private final SecondFactorStatus secondFactors;

	private final ApplicationEventPublisher events;

	CasePurging(CaseKeys keys, JdbcClient jdbc, CaseAudit audit, PersonRepository persons, SecondFactorStatus secondFactors,
			ApplicationEventPublisher events) {
		this.events = events;
		this.secondFactors = secondFactors;
		this.keys = keys;
		this.jdbc = jdbc;
		this.audit = audit;
		this.persons = persons;
	}

	static boolean mayPurge(Viewer viewer, CaseStanding standing) {
		return viewer.isMemberOf(standing.visibleCase().teamId()) && viewer.has(Role.ADMINISTRATOR);
	}

	@Transactional
	ShredOutcome purge(Viewer viewer, CaseStanding standing) {
		administered(viewer, standing);
		UUID caseId = standing.caseId();
		ShredOutcome outcome = keys.shred(caseId);
		if (outcome != ShredOutcome.REFUSED_LEGAL_HOLD) {
			// Each person's identity has a key of its own: those go with the case.
			persons.findByCaseIdOrderByCreatedAtAsc(caseId).forEach(person -> keys.shred(person.id()));
			jdbc.sql("delete from person_name_tokens where case_id = :case").param("case", caseId).update();
			// Other modules (evidence files) tidy up what they kept of the case once the purge is committed.
			events.publishEvent(new CasePurged(caseId));
		}
		audit.record(viewer, "case.purged", caseId, Map.of("outcome", outcome.name()));
		return outcome;
	}

	/** Purges one person's identity, leaving the rest of the case; the case's legal hold blocks it. */
	@Transactional
	ShredOutcome purgePerson(Viewer viewer, CaseStanding standing, UUID personId) {
		administered(viewer, standing);
		UUID caseId = standing.caseId();
		persons.findByIdAndCaseId(personId, caseId).orElseThrow(() -> new org.vigil.platform.NotFoundException("Person"));
		if (keys.isUnderLegalHold(caseId)) {
			audit.record(viewer, "person.purged", caseId, Map.of("person", personId.toString(), "outcome", ShredOutcome.REFUSED_LEGAL_HOLD.name()));
			return ShredOutcome.REFUSED_LEGAL_HOLD;
		}
		ShredOutcome outcome = keys.shred(personId);
		jdbc.sql("delete from person_name_tokens where person_id = :person").param("person", personId).update();
		events.publishEvent(new PersonPurged(caseId, personId));
		audit.record(viewer, "person.purged", caseId, Map.of("person", personId.toString(), "outcome", outcome.name()));
		return outcome;
	}

	@Transactional
	void setLegalHold(Viewer viewer, CaseStanding standing, boolean hold) {
		administered(viewer, standing);
		// Nothing is left to hold once the key is gone.
		CaseAccess.requireNotPurged(standing);
		keys.setLegalHold(standing.caseId(), hold);
		audit.record(viewer, hold ? "case.legalHoldSet" : "case.legalHoldLifted", standing.caseId());
	}

	boolean isUnderLegalHold(UUID caseId) {
		return keys.isUnderLegalHold(caseId);
	}

	/**
	 * Purging and legal holds are administration, and irreversible: like the administration pages
	 * they take a sign-in completed with the administrator's passkey.
	 */
	boolean confirmedWithPasskey(Viewer viewer) {
		return secondFactors.signedInWithPasskey(viewer);
	}

	private void administered(Viewer viewer, CaseStanding standing) {
		if (!mayPurge(viewer, standing)) {
			throw new AccessDeniedException("Only an administrator of the team that owns the case may purge it or set a legal hold.");
		}
		if (!confirmedWithPasskey(viewer)) {
			audit.denied(viewer, "case.purged", standing.caseId(), "not signed in with a passkey");
			throw new AccessDeniedException("Purging and legal holds take a sign-in completed with your passkey: confirm with it first.");
		}
	}

}
