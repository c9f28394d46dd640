package org.vigil.evidence.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a case as evidence: a photo, a statement, a court decision. Only what is
 * needed to list it lives here; the content is in {@link EvidenceStore}, encrypted with the case's
 * key. The name and the description are sealed: a file name can name a person.
 */
@Entity
@Table(name = "evidence_files")
class EvidenceFile {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID caseId;

	/** Sealed (see EvidenceFiles). */
	@Column(nullable = false, columnDefinition = "text")
	private String name;

	/** As the uploader's browser declared it: shown, never trusted (downloads are always octet-stream). */
	@Column(nullable = false, length = 255)
	private String mediaType;

	@Column(nullable = false)
	private long sizeBytes;

	/** Sealed (see EvidenceFiles); optional. */
	@Column(columnDefinition = "text")
	private String description;

	@Column(nullable = false, length = 64)
	private String uploadedBy;

	@Column(nullable = false)
	private Instant uploadedAt;

	protected EvidenceFile() {
	}

	/** @param sealedName and {@code sealedDescription} already encrypted */
	EvidenceFile(UUID id, UUID caseId, String sealedName, String mediaType, long sizeBytes, String sealedDescription,
			String uploadedBy) {
		this.id = id;
		this.caseId = caseId;
		this.name = sealedName;
		this.mediaType = mediaType;
		this.sizeBytes = sizeBytes;
		this.description = sealedDescription;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
	}

	UUID id() {
		return id;
	}

	UUID caseId() {
		return caseId;
	}

	String sealedName() {
		return name;
	}

	String mediaType() {
		return mediaType;
	}

	long sizeBytes() {
		return sizeBytes;
	}

	String sealedDescription() {
		return description;
	}

	String uploadedBy() {
		return uploadedBy;
	}

	Instant uploadedAt() {
		return uploadedAt;
	}

}
