package org.vigil.cases.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.Outcome;
import org.vigil.cases.Priority;
import org.vigil.cases.ReturnRisk;

/** A matter concerning one or more people at risk. */
@Entity
@Table(name = "cases")
@Audited
class CaseFile {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true, length = 20)
	private String reference;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(columnDefinition = "text")
	private String summary;

	@Column(nullable = false, length = 2)
	private String countryOfCustody;

	@Column(length = 2)
	private String countryOfFearedReturn;

	@Column(length = 100)
	private String region;

	@Convert(converter = ThemesConverter.class)
	@Column(length = 1000)
	private Set<String> themes = new LinkedHashSet<>();

	@Convert(converter = RisksConverter.class)
	@Column(length = 200)
	private Set<ReturnRisk> risks = EnumSet.noneOf(ReturnRisk.class);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CaseStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Priority priority;

	/** The priority as a number (urgent = 0), so that lists can sort by it. */
	@Column(nullable = false)
	private int priorityRank;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private Outcome outcome;

	@Column(nullable = false)
	private UUID teamId;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Version
	private long version;

	protected CaseFile() {
	}

	CaseFile(String reference, CaseDetails details, UUID teamId, String by) {
		this.id = UUID.randomUUID();
		this.reference = reference;
		this.teamId = teamId;
		this.createdAt = Instant.now();
		this.createdBy = by;
		apply(details, by);
	}

	void apply(CaseDetails details, String by) {
		this.title = details.title().strip();
		this.summary = details.summary();
		this.countryOfCustody = details.countryOfCustody();
		this.countryOfFearedReturn = details.countryOfFearedReturn();
		this.region = details.region();
		this.themes = new LinkedHashSet<>(details.themes());
		this.risks = details.risks().isEmpty() ? EnumSet.noneOf(ReturnRisk.class) : EnumSet.copyOf(details.risks());
		this.status = details.status();
		this.priority = details.priority();
		this.priorityRank = details.priority().ordinal();
		this.outcome = details.outcome();
		this.updatedAt = Instant.now();
		this.updatedBy = by;
	}

	/** The sample case, recorded before anyone could open it, becomes the case of its first user, in their team. */
	void openedFor(String opener, UUID teamId) {
		this.createdBy = opener;
		this.teamId = teamId;
	}

	CaseDetails details() {
		return new CaseDetails(title, summary, countryOfCustody, countryOfFearedReturn, region, themes, risks, status, priority, outcome);
	}

	UUID id() {
		return id;
	}

	String reference() {
		return reference;
	}

	UUID teamId() {
		return teamId;
	}

	Instant createdAt() {
		return createdAt;
	}

	String createdBy() {
		return createdBy;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	String updatedBy() {
		return updatedBy;
	}

	long version() {
		return version;
	}

}
