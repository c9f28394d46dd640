package org.vigil.appeals.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a signatory is told in Vigil: their approval of an appeal was withdrawn because its text
 * changed. Shown among what waits for them until they open the appeal or approve it again.
 */
@Entity
@Table(name = "signatory_notices")
class SignatoryNotice {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID userId;

	@Column(nullable = false)
	private UUID caseId;

	@Column(nullable = false)
	private UUID appealId;

	@Column(nullable = false)
	private Instant createdAt;

	protected SignatoryNotice() {
	}

	SignatoryNotice(UUID userId, UUID caseId, UUID appealId) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.caseId = caseId;
		this.appealId = appealId;
		this.createdAt = Instant.now();
	}

	UUID caseId() { return caseId; }
	UUID appealId() { return appealId; }
	Instant createdAt() { return createdAt; }

}
