package org.vigil.letters.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.vigil.letters.LetterKind;

/** The organisation's template for one kind and language. History kept by Envers. */
@Entity
@Table(name = "letter_templates")
@Audited
class LetterTemplateEntity {

	@Id
	private String id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LetterKind kind;

	@Column(nullable = false)
	private String language;

	@Column(nullable = false, columnDefinition = "text")
	private String body;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected LetterTemplateEntity() {
	}

	LetterTemplateEntity(LetterKind kind, String language) {
		this.id = idOf(kind, language);
		this.kind = kind;
		this.language = language;
	}

	static String idOf(LetterKind kind, String language) {
		return kind.name() + "/" + language;
	}

	void edit(String body, String by, Instant at) {
		this.body = body;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	String body() {
		return body;
	}

	String updatedBy() {
		return updatedBy;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	long version() {
		return version;
	}

}
