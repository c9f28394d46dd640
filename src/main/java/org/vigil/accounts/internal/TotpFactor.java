package org.vigil.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's authenticator app: the encrypted shared secret, and whether enrolment was confirmed. */
@Entity
@Table(name = "totp_factors")
class TotpFactor {

	@Id
	private UUID userId;

	@Column(nullable = false)
	private byte[] secretEncrypted;

	@Column(nullable = false)
	private Instant createdAt;

	private Instant confirmedAt;

	@Column(nullable = false)
	private long lastUsedStep;

	protected TotpFactor() {
	}

	TotpFactor(UUID userId, byte[] secretEncrypted, Instant now) {
		this.userId = userId;
		this.secretEncrypted = secretEncrypted;
		this.createdAt = now;
	}

	UUID userId() {
		return userId;
	}

	byte[] secretEncrypted() {
		return secretEncrypted;
	}

	boolean confirmed() {
		return confirmedAt != null;
	}

	long lastUsedStep() {
		return lastUsedStep;
	}

	/** Records the step whose code was just accepted; refuses a step that is not newer (a replay). */
	boolean accept(long step, Instant now) {
		if (step <= lastUsedStep) {
			return false;
		}
		lastUsedStep = step;
		if (confirmedAt == null) {
			confirmedAt = now;
		}
		return true;
	}

	@Override
	public String toString() {
		return "TotpFactor[" + userId + "]"; // never the secret
	}

}
