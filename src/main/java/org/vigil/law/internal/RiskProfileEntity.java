package org.vigil.law.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A country's risk profile: its summary; the claims are rows of their own. History kept by Envers. */
@Entity
@Table(name = "law_risk_profiles")
@Audited
class RiskProfileEntity {

	@Id
	@Column(length = 2)
	private String country;

	@Column(nullable = false, columnDefinition = "text")
	private String summary;

	@Version
	private long version;

	protected RiskProfileEntity() {
	}

	RiskProfileEntity(String country, String summary) {
		this.country = country;
		this.summary = summary;
	}

	String country() {
		return country;
	}

	String summary() {
		return summary;
	}

	long version() {
		return version;
	}

	void summarise(String summary) {
		this.summary = summary;
	}

}
