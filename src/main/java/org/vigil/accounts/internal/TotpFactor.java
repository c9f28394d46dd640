package org.vigil.accounts.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A user's authenticator app: the encrypted shared secret, and whether enrolment was confirmed.
 * Kept by {@link TotpFactorRepository}; a change is written by its {@code save}.
 */
class TotpFactor {

	private final UUID userId;

	private final byte[] secretEncrypted;

	private final Instant createdAt;

	private Instant confirmedAt;

	private long lastUsedStep;

	TotpFactor(UUID userId, byte[] secretEncrypted, Instant now) {
		this(userId, secretEncrypted, now, null, 0);
	}

	/** A factor as stored. */
	TotpFactor(UUID userId, byte[] secretEncrypted, Instant createdAt, Instant confirmedAt, long lastUsedStep) {
		this.userId = userId;
		this.secretEncrypted = secretEncrypted;
		this.createdAt = createdAt;
		this.confirmedAt = confirmedAt;
		this.lastUsedStep = lastUsedStep;
	}

	UUID userId() {
		return userId;
	}

	byte[] secretEncrypted() {
		return secretEncrypted;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant confirmedAt() {
		return confirmedAt;
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
