package org.vigil.appeals.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One signatory's approval of an appeal, with the digest of the text they approved (see {@link SignedText}). */
@Entity
@Table(name = "appeal_approvals")
class SignatoryApproval {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID appealId;

	@Column(nullable = false)
	private UUID userId;

	@Column(nullable = false, length = 64)
	private String textDigest;

	@Column(nullable = false)
	private Instant approvedAt;

	protected SignatoryApproval() {
	}

	SignatoryApproval(UUID appealId, UUID userId, String textDigest) {
		this.id = UUID.randomUUID();
		this.appealId = appealId;
		this.userId = userId;
		this.textDigest = textDigest;
		this.approvedAt = Instant.now();
	}

	UUID userId() { return userId; }
	String textDigest() { return textDigest; }
	Instant approvedAt() { return approvedAt; }

}
