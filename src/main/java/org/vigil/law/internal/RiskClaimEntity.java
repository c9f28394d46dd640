package org.vigil.law.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.vigil.law.RiskProfile;

/** One claim of a risk profile, with its citation and review date. History kept by Envers. */
@Entity
@Table(name = "law_risk_claims")
@Audited
class RiskClaimEntity {

	@Id
	private UUID id;

	@Column(nullable = false, length = 2)
	private String country;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(name = "claim_group", nullable = false, length = 16)
	private RiskProfile.Claim.Group group;

	@Column(nullable = false, columnDefinition = "text")
	private String text;

	@Column(columnDefinition = "text")
	private String citation;

	@Column(nullable = false)
	private boolean verified;

	@Column(nullable = false)
	private LocalDate reviewedOn;

	@Version
	private long version;

	protected RiskClaimEntity() {
	}

	RiskClaimEntity(String country, int position, ClaimEdit edit) {
		this.id = UUID.randomUUID();
		this.country = country;
		this.position = position;
		apply(edit);
	}

	void apply(ClaimEdit edit) {
		this.group = edit.group();
		this.text = edit.text();
		this.citation = edit.citation();
		this.verified = edit.verified();
		this.reviewedOn = edit.reviewedOn();
	}

	RiskProfile.Claim view() {
		return new RiskProfile.Claim(id, group, text, citation, verified, reviewedOn, version);
	}

	UUID id() {
		return id;
	}

	String country() {
		return country;
	}

	int position() {
		return position;
	}

	long version() {
		return version;
	}

	/** What an administrator sets on a claim. */
	record ClaimEdit(RiskProfile.Claim.Group group, String text, String citation, boolean verified, LocalDate reviewedOn) {
	}

}
