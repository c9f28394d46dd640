package org.vigil.cases.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A case shared with one user outside its team, until an optional expiry. */
@Entity
@Table(name = "case_shares")
class CaseShare {

	@Embeddable
	record Key(UUID caseId, UUID userId) implements Serializable {
	}

	@EmbeddedId
	private Key key;

	@Column(nullable = false, length = 64)
	private String grantedBy;

	@Column(nullable = false)
	private Instant grantedAt;

	private Instant expiresAt;

	protected CaseShare() {
	}

	CaseShare(UUID caseId, UUID userId, String grantedBy, Instant expiresAt) {
		this.key = new Key(caseId, userId);
		this.grantedBy = grantedBy;
		this.grantedAt = Instant.now();
		this.expiresAt = expiresAt;
	}

	void renew(String grantedBy, Instant expiresAt) {
		this.grantedBy = grantedBy;
		this.grantedAt = Instant.now();
		this.expiresAt = expiresAt;
	}

}
