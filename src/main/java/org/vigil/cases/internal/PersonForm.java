package org.vigil.cases.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.vigil.cases.DatePrecision;
import org.vigil.cases.PersonCategory;
import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;
import org.vigil.cases.Sex;
import org.vigil.platform.validation.CalendarDate;
import org.vigil.platform.validation.CountryCode;

/** The person form as typed. */
class PersonForm {

	@NotNull
	private PersonKind kind = PersonKind.INDIVIDUAL;

	@NotBlank
	@Size(max = 100)
	private String publicLabel;

	@NotNull
	private PersonRole role = PersonRole.AT_RISK;

	private Set<PersonCategory> categories = EnumSet.noneOf(PersonCategory.class);

	@Min(1)
	@Max(100000)
	private Integer numberOfPersons = 1;

	@Size(max = 500)
	private String name;

	@Size(max = 2000)
	private String namesInOtherScripts;

	@Size(max = 2000)
	private String aliases;

	private Sex sex;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@CalendarDate
	private LocalDate birthDate;

	private DatePrecision birthDatePrecision;

	@CountryCode
	private String nationality;

	@Size(max = 20000)
	private String notes;

	private String preciseLocation;

	private Long version;

	static PersonForm of(PersonView person) {
		PersonForm form = new PersonForm();
		PersonProfile p = person.profile();
		Identity i = person.identity() != null ? person.identity() : Identity.EMPTY;
		form.kind = p.kind();
		form.publicLabel = p.publicLabel();
		form.role = p.role();
		form.categories = p.categories().isEmpty() ? EnumSet.noneOf(PersonCategory.class) : EnumSet.copyOf(p.categories());
		form.numberOfPersons = p.numberOfPersons();
		form.name = i.name();
		form.namesInOtherScripts = i.namesInOtherScripts();
		form.aliases = i.aliases();
		form.sex = i.sex();
		form.birthDate = i.birthDate();
		form.birthDatePrecision = i.birthDatePrecision();
		form.nationality = i.nationality();
		form.notes = i.notes();
		form.preciseLocation = i.preciseLocation();
		form.version = person.version();
		return form;
	}

	PersonProfile profile() {
		int count = kind == PersonKind.GROUP && numberOfPersons != null ? numberOfPersons : 1;
		return new PersonProfile(kind, count, role, publicLabel.strip(), categories);
	}

	Identity identity() {
		return new Identity(name, namesInOtherScripts, aliases, sex, birthDate, birthDatePrecision, nationality, notes, preciseLocation);
	}

	public PersonKind getKind() { return kind; }
	public void setKind(PersonKind kind) { this.kind = kind; }
	public String getPublicLabel() { return publicLabel; }
	public void setPublicLabel(String publicLabel) { this.publicLabel = publicLabel; }
	public PersonRole getRole() { return role; }
	public void setRole(PersonRole role) { this.role = role; }
	public Set<PersonCategory> getCategories() { return categories; }
	public void setCategories(Set<PersonCategory> categories) { this.categories = categories == null ? EnumSet.noneOf(PersonCategory.class) : categories; }
	public Integer getNumberOfPersons() { return numberOfPersons; }
	public void setNumberOfPersons(Integer numberOfPersons) { this.numberOfPersons = numberOfPersons; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getNamesInOtherScripts() { return namesInOtherScripts; }
	public void setNamesInOtherScripts(String namesInOtherScripts) { this.namesInOtherScripts = namesInOtherScripts; }
	public String getAliases() { return aliases; }
	public void setAliases(String aliases) { this.aliases = aliases; }
	public Sex getSex() { return sex; }
	public void setSex(Sex sex) { this.sex = sex; }
	public LocalDate getBirthDate() { return birthDate; }
	public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
	public DatePrecision getBirthDatePrecision() { return birthDatePrecision; }
	public void setBirthDatePrecision(DatePrecision birthDatePrecision) { this.birthDatePrecision = birthDatePrecision; }
	public String getNationality() { return nationality; }
	public void setNationality(String nationality) { this.nationality = nationality; }
	public String getNotes() { return notes; }
	public void setNotes(String notes) { this.notes = notes; }
	public String getPreciseLocation() { return preciseLocation; }
	public void setPreciseLocation(String preciseLocation) { this.preciseLocation = preciseLocation; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
