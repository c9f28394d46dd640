package org.vigil.cases.internal;

import java.time.Instant;
import java.util.EnumSet;
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
import org.vigil.cases.PersonCategory;
import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;

/**
 * An individual or a group at risk (or related to the case). Its identity is stored sealed;
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

	@Convert(converter = PersonCategoriesConverter.class)
	@Column(nullable = false, length = 300)
	private Set<PersonCategory> categories = EnumSet.noneOf(PersonCategory.class);

	// Identity: ciphertext only (see ProtectedFields).
	@Column(columnDefinition = "text")
	private String name;

	@Column(columnDefinition = "text")
	private String namesInOtherScripts;

	@Column(columnDefinition = "text")
	private String aliases;

	@Column(columnDefinition = "text")
	private String sex;

	@Column(columnDefinition = "text")
	private String birthDate;

	@Column(columnDefinition = "text")
	private String birthDatePrecision;

	@Column(columnDefinition = "text")
	private String nationality;

	@Column(columnDefinition = "text")
	private String notes;

	@Column(columnDefinition = "text")
	private String preciseLocation;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Version
	private long version;

	protected Person() {
	}

	Person(UUID id, UUID caseId, PersonProfile profile, SealedIdentity identity, String by) {
		this.id = id;
		this.caseId = caseId;
		this.createdAt = Instant.now();
		this.createdBy = by;
		change(profile, identity);
	}

	void change(PersonProfile profile, SealedIdentity identity) {
		this.kind = profile.kind();
		this.numberOfPersons = profile.numberOfPersons();
		this.role = profile.role();
		this.publicLabel = profile.publicLabel();
		this.categories = profile.categories().isEmpty() ? EnumSet.noneOf(PersonCategory.class) : EnumSet.copyOf(profile.categories());
		this.name = identity.name();
		this.namesInOtherScripts = identity.namesInOtherScripts();
		this.aliases = identity.aliases();
		this.sex = identity.sex();
		this.birthDate = identity.birthDate();
		this.birthDatePrecision = identity.birthDatePrecision();
		this.nationality = identity.nationality();
		this.notes = identity.notes();
		this.preciseLocation = identity.preciseLocation();
	}

	UUID id() {
		return id;
	}

	UUID caseId() {
		return caseId;
	}

	PersonProfile profile() {
		return new PersonProfile(kind, numberOfPersons, role, publicLabel, categories);
	}

	SealedIdentity identity() {
		return new SealedIdentity(name, namesInOtherScripts, aliases, sex, birthDate, birthDatePrecision, nationality, notes, preciseLocation);
	}

	Instant createdAt() {
		return createdAt;
	}

	long version() {
		return version;
	}

}
