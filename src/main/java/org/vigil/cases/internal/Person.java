package org.vigil.cases.internal;

import java.time.Instant;
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
import org.vigil.cases.DatePrecision;
import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;
import org.vigil.cases.Sex;

/**
 * An individual or a group at risk (or related to the case). Its {@link Identity} is protected;
 * its {@link PersonProfile} (kind, count, role, public label) is what appears outside need-to-know.
 */
@Entity
@Table(name = "persons")
@Audited
class Person {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PersonKind kind;

	private int numberOfPersons;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private PersonRole role;

	@Column(nullable = false, length = 100)
	private String publicLabel;

	@Column(length = 500)
	private String name;

	@Column(columnDefinition = "text")
	private String namesInOtherScripts;

	@Column(columnDefinition = "text")
	private String aliases;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Sex sex;

	private LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private DatePrecision birthDatePrecision;

	@Column(length = 2)
	private String nationality;

	@Column(columnDefinition = "text")
	private String notes;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Version
	private long version;

	protected Person() {
	}

	Person(UUID caseId, PersonProfile profile, Identity identity, String by) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.createdAt = Instant.now();
		this.createdBy = by;
		change(profile, identity);
	}

	void change(PersonProfile profile, Identity identity) {
		this.kind = profile.kind();
		this.numberOfPersons = profile.numberOfPersons();
		this.role = profile.role();
		this.publicLabel = profile.publicLabel();
		this.name = identity.name();
		this.namesInOtherScripts = identity.namesInOtherScripts();
		this.aliases = identity.aliases();
		this.sex = identity.sex();
		this.birthDate = identity.birthDate();
		this.birthDatePrecision = identity.birthDatePrecision();
		this.nationality = identity.nationality();
		this.notes = identity.notes();
	}

	UUID id() {
		return id;
	}

	UUID caseId() {
		return caseId;
	}

	PersonProfile profile() {
		return new PersonProfile(kind, numberOfPersons, role, publicLabel);
	}

	Identity identity() {
		return new Identity(name, namesInOtherScripts, aliases, sex, birthDate, birthDatePrecision, nationality, notes);
	}

	Instant createdAt() {
		return createdAt;
	}

	long version() {
		return version;
	}

}
