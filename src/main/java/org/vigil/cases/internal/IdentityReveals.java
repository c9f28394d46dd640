package org.vigil.cases.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.SecondFactorStatus;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.Refusal;

/**
 * The use cases of need-to-know down to the field, on a case whose standing was checked for the
 * request: who holds the identity permission on a case, revealing identities for a stated reason,
 * granting the permission, and auditing each read of revealed identities. The policy and its
 * storage are in {@link IdentityAccess}.
 */
@Service
@Transactional
class IdentityReveals {

	private final IdentityAccess identities;

	private final CaseAudit audit;

	private final SecondFactorStatus secondFactors;

	IdentityReveals(IdentityAccess identities, CaseAudit audit, SecondFactorStatus secondFactors) {
		this.identities = identities;
		this.audit = audit;
		this.secondFactors = secondFactors;
	}

	/** Whether the viewer has what a reveal needs besides the permission: a registered passkey. */
	boolean hasPasskey(Viewer viewer) {
		return secondFactors.hasPasskey(viewer);
	}

	/** Whether this sign-in was completed with that passkey (not with a code or a recovery code). */
	boolean signedInWithPasskey(Viewer viewer) {
		return secondFactors.signedInWithPasskey(viewer);
	}

	/** Whether this viewer holds the identity permission on the case. */
	@Transactional(readOnly = true)
	boolean holdsIdentityPermission(Viewer viewer, CaseStanding standing) {
		return identities.holdsPermission(viewer, standing.caseId());
	}

	/**
	 * Reveals the case's identities to the viewer for a stated reason; the caller has confirmed
	 * the viewer's password or second factor recently.
	 */
	Instant revealIdentities(Viewer viewer, CaseStanding standing, String reason) {
		UUID caseId = standing.caseId();
		if (!identities.holdsPermission(viewer, caseId)) {
			audit.denied(viewer, "identity.revealed", caseId, "no identity permission");
			throw new AccessDeniedException(
					"Revealing identities takes the identity permission for this case; a reviewer of the owning team can grant it.");
		}
		if (!secondFactors.hasPasskey(viewer)) {
			// Whoever can read identities needs a factor that phishing cannot capture.
			audit.denied(viewer, "identity.revealed", caseId, "no passkey");
			throw new AccessDeniedException("Revealing identities takes a passkey: register one on the Passkeys page first.");
		}
		if (!secondFactors.signedInWithPasskey(viewer)) {
			audit.denied(viewer, "identity.revealed", caseId, "signed in without passkey");
			throw new AccessDeniedException("Revealing identities takes signing in with your passkey: confirm with it first.");
		}
		if (reason == null || reason.strip().length() < IdentityAccess.MIN_REASON_LENGTH) {
			throw Refusal.onField(CaseRule.REVEAL_REASON_NEEDED, "reason").toException();
		}
		return identities.reveal(viewer, caseId, reason.strip());
	}

	/** Grants the identity permission on the case to a user; reviewers of the owning team only. */
	void grantIdentityPermission(Viewer viewer, CaseStanding standing, UUID userId, Instant expiresAt) {
		if (!IdentityAccess.mayGrant(viewer, standing.visibleCase().teamId())) {
			throw new AccessDeniedException(
					"Only reviewers of the team that owns the case can grant the identity permission.");
		}
		CaseRule.requireFutureExpiry(expiresAt);
		identities.grant(standing.caseId(), userId, viewer.username(), expiresAt);
		audit.record(viewer, "identity.granted", standing.caseId(), Map.of("user", userId.toString()));
	}

	/** Audits a read of {@code records} records, when their identities are shown revealed to the viewer. */
	void auditRead(Viewer viewer, CaseStanding standing, int records) {
		if (standing.mayReadIdentities() && records > 0) {
			audit.record(viewer, "identity.read", standing.caseId(), Map.of("records", String.valueOf(records)));
		}
	}

	/** For a lookup across cases, where no single standing was checked. */
	boolean isRevealed(Viewer viewer, UUID caseId) {
		return identities.isRevealed(viewer, caseId);
	}

}
