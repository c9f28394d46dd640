package org.vigil.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal API token; only its SHA-256 digest is stored. */
@Entity
@Table(name = "api_tokens")
class ApiToken {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID userId;

	@Column(nullable = false, unique = true, length = 64)
	private String tokenHash;

	@Column(nullable = false)
	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(UUID userId, String tokenHash) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.tokenHash = tokenHash;
		this.createdAt = Instant.now();
	}

	UUID id() {
		return id;
	}

	UUID userId() {
		return userId;
	}

	boolean isRevoked() {
		return revokedAt != null;
	}

	void revoke(Instant at) {
		if (revokedAt == null) {
			revokedAt = at;
		}
	}

	/**
	 * How often a token's last use is written down: every use would turn every API read into a
	 * write (the benchmarks saw it), and a minute is enough to tell a used token from a forgotten one.
	 */
	static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

	Instant createdAt() {
		return createdAt;
	}

	Instant lastUsedAt() {
		return lastUsedAt;
	}

	Instant revokedAt() {
		return revokedAt;
	}

}
