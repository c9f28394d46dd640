package org.vigil.cases.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.vigil.cases.Reliability;
import org.vigil.platform.validation.CalendarDate;

/** The source form as typed. */
class SourceForm {

	@NotBlank
	@Size(max = 200)
	private String label;

	@Size(max = 500)
	private String name;

	@Size(max = 2000)
	private String contactDetails;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@CalendarDate
	private LocalDate reportedOn;

	@NotNull
	private Reliability reliability = Reliability.UNKNOWN;

	private boolean confidential = true;

	@Size(max = 20000)
	private String information;

	@Size(max = ApiModels.SourceRequest.MAX_PERSONS)
	private Set<UUID> personIds = new HashSet<>();

	private Long version;

	/** The form for correcting a source, its name and contact details filled in only when shown. */
	static SourceForm of(SourceView source) {
		SourceDetails d = source.details();
		SourceForm form = new SourceForm();
		form.label = d.label();
		form.name = d.name();
		form.contactDetails = d.contactDetails();
		form.reportedOn = d.reportedOn();
		form.reliability = d.reliability();
		form.confidential = d.confidential();
		form.information = d.information();
		form.personIds = new HashSet<>(d.personIds());
		form.version = source.version();
		return form;
	}

	SourceDetails details() {
		return new SourceDetails(label, name, contactDetails, reportedOn, reliability, confidential, information, personIds);
	}

	public String getLabel() { return label; }
	public void setLabel(String label) { this.label = label; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getContactDetails() { return contactDetails; }
	public void setContactDetails(String contactDetails) { this.contactDetails = contactDetails; }
	public LocalDate getReportedOn() { return reportedOn; }
	public void setReportedOn(LocalDate reportedOn) { this.reportedOn = reportedOn; }
	public Reliability getReliability() { return reliability; }
	public void setReliability(Reliability reliability) { this.reliability = reliability; }
	public boolean isConfidential() { return confidential; }
	public void setConfidential(boolean confidential) { this.confidential = confidential; }
	public String getInformation() { return information; }
	public void setInformation(String information) { this.information = information; }
	public Set<UUID> getPersonIds() { return personIds; }
	public void setPersonIds(Set<UUID> personIds) { this.personIds = personIds == null ? new HashSet<>() : personIds; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
