package org.vigil.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One single-use recovery code, kept only as its digest. */
@Entity
@Table(name = "recovery_codes")
class RecoveryCode {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID userId;

	@Column(nullable = false, unique = true, length = 64)
	private String codeHash;

	@Column(nullable = false)
	private Instant createdAt;

	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(UUID userId, String codeHash, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.codeHash = codeHash;
		this.createdAt = now;
	}

	boolean used() {
		return usedAt != null;
	}

}
