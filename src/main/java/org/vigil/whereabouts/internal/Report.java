package org.vigil.whereabouts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a contact reported, as pasted; the text is sealed with the case's key (see {@link EntrySealing}). */
@Entity
@Table(name = "whereabouts_reports")
class Report {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID caseId;

	/** Sealed. */
	@Column(nullable = false, columnDefinition = "text")
	private String text;

	@Column(nullable = false)
	private LocalDate reportedOn;

	private UUID sourceId;

	@Column(nullable = false, length = 64)
	private String receivedBy;

	@Column(nullable = false)
	private Instant receivedAt;

	protected Report() {
	}

	Report(UUID id, UUID caseId, String sealedText, LocalDate reportedOn, UUID sourceId, String by) {
		this.id = id;
		this.caseId = caseId;
		this.text = sealedText;
		this.reportedOn = reportedOn;
		this.sourceId = sourceId;
		this.receivedBy = by;
		this.receivedAt = Instant.now();
	}

	UUID id() {
		return id;
	}

	UUID caseId() {
		return caseId;
	}

	String sealedText() {
		return text;
	}

	LocalDate reportedOn() {
		return reportedOn;
	}

	UUID sourceId() {
		return sourceId;
	}

	String receivedBy() {
		return receivedBy;
	}

	Instant receivedAt() {
		return receivedAt;
	}

}
