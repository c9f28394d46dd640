package org.vigil.cases.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.SecondFactorStatus;
import org.vigil.accounts.Viewer;
import org.vigil.platform.Refusal;

/**
 * The use cases of need-to-know down to the field: who holds the identity permission on a case,
 * revealing identities for a stated reason, granting the permission. The policy and its storage
 * are in {@link IdentityAccess}.
 */
@Service
@Transactional
class IdentityReveals {

	private final CaseAccess access;

	private final IdentityAccess identities;

	private final CaseAudit audit;

	private final SecondFactorStatus secondFactors;

	IdentityReveals(CaseAccess access, IdentityAccess identities, CaseAudit audit, SecondFactorStatus secondFactors) {
		this.access = access;
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

	/** Whether this viewer may hold the identity permission on the case. */
	@Transactional(readOnly = true)
	boolean holdsIdentityPermission(Viewer viewer, UUID caseId) {
		access.visible(viewer, caseId);
		return identities.holdsPermission(viewer, caseId);
	}

	/**
	 * Reveals the case's identities to the viewer for a stated reason; the caller has confirmed
	 * the viewer's password or second factor recently.
	 */
	Instant revealIdentities(Viewer viewer, UUID caseId, String reason) {
		access.visible(viewer, caseId);
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
	void grantIdentityPermission(Viewer viewer, UUID caseId, UUID userId, Instant expiresAt) {
		CaseFile caseFile = access.visible(viewer, caseId);
		if (!IdentityAccess.mayGrant(viewer, caseFile.teamId())) {
			throw new AccessDeniedException(
					"Only reviewers of the team that owns the case can grant the identity permission.");
		}
		identities.grant(caseId, userId, viewer.username(), expiresAt);
		audit.record(viewer, "identity.granted", caseId, Map.of("user", userId.toString()));
	}

	/** Whether the identities are revealed to the viewer; a read of revealed identities is audited. */
	boolean revealedAndAudited(Viewer viewer, UUID caseId, int records) {
		boolean revealed = identities.isRevealed(viewer, caseId);
		if (revealed && records > 0) {
			audit.record(viewer, "identity.read", caseId, Map.of("records", String.valueOf(records)));
		}
		return revealed;
	}

	/** The viewer's standing with the identities of a case already found visible. */
	IdentityAccess.Standing standing(Viewer viewer, UUID caseId) {
		return identities.standing(viewer, caseId);
	}

	/** Audits a read of {@code records} records whose identities were shown revealed. */
	void auditRead(Viewer viewer, UUID caseId, int records) {
		if (records > 0) {
			audit.record(viewer, "identity.read", caseId, Map.of("records", String.valueOf(records)));
		}
	}

	boolean isRevealed(Viewer viewer, UUID caseId) {
		return identities.isRevealed(viewer, caseId);
	}

}
