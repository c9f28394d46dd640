package org.vigil.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.vigil.cases.Reliability;

/** Who told us what, when, and how far to trust it. Informants are the most protected records. */
@Entity
@Table(name = "sources")
@Audited
class Source {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID caseId;

	@Column(nullable = false, length = 200)
	private String label;

	/** Sealed (see ProtectedFields). */
	@Column(columnDefinition = "text")
	private String name;

	/** Sealed (see ProtectedFields). */
	@Column(columnDefinition = "text")
	private String contactDetails;

	private LocalDate reportedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Reliability reliability;

	private boolean confidential;

	@Column(columnDefinition = "text")
	private String information;

	// Read with the sources, 100 sources' links in one statement (not one statement per source).
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(name = "source_persons", joinColumns = @JoinColumn(name = "source_id"))
	@Column(name = "person_id")
	private Set<UUID> personIds = new HashSet<>();

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false, length = 64)
	private String createdBy;

	/** When and by whom the source was last corrected; {@code null} until then. */
	private Instant updatedAt;

	@Column(length = 64)
	private String updatedBy;

	/** A deleted source leaves the case's lists but stays in the history. */
	private Instant deletedAt;

	@Column(length = 64)
	private String deletedBy;

	@Version
	private long version;

	protected Source() {
	}

	/** @param stored the details with the name and contact details already sealed */
	Source(UUID id, UUID caseId, SourceDetails stored, String by) {
		this.id = id;
		this.caseId = caseId;
		this.createdAt = Instant.now();
		this.createdBy = by;
		change(stored);
	}

	/** @param details the details with the name and contact details already sealed */
	private void change(SourceDetails details) {
		this.label = details.label().strip();
		this.name = details.name();
		this.contactDetails = details.contactDetails();
		this.reportedOn = details.reportedOn();
		this.reliability = details.reliability();
		this.confidential = details.confidential();
		this.information = details.information();
		this.personIds = new HashSet<>(details.personIds());
	}

	/** Corrects the source; {@code details} has the name and contact details already sealed. */
	void correct(SourceDetails details, String by) {
		change(details);
		this.updatedAt = Instant.now();
		this.updatedBy = by;
	}

	void delete(String by) {
		this.deletedAt = Instant.now();
		this.deletedBy = by;
	}

	boolean isDeleted() {
		return deletedAt != null;
	}

	/** The details as stored: the name and contact details are sealed. */
	SourceDetails storedDetails() {
		return new SourceDetails(label, name, contactDetails, reportedOn, reliability, confidential, information, personIds);
	}

	UUID id() {
		return id;
	}

	UUID caseId() {
		return caseId;
	}

	long version() {
		return version;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	String updatedBy() {
		return updatedBy;
	}

}
