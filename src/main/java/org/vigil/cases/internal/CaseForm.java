package org.vigil.cases.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.Outcome;
import org.vigil.cases.Priority;
import org.vigil.cases.ReturnRisk;
import org.vigil.platform.validation.CountryCode;

/** The case form as typed; kept as entered when it has to be shown again. */
class CaseForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 20000)
	private String summary;

	@NotBlank
	@CountryCode
	private String countryOfCustody;

	@CountryCode
	private String countryOfFearedReturn;

	@Size(max = 100)
	private String region;

	@Size(max = 1000)
	@ThemesText
	private String themes;

	private Set<ReturnRisk> risks = EnumSet.noneOf(ReturnRisk.class);

	@NotNull
	private CaseStatus status = CaseStatus.OPEN;

	@NotNull
	private Priority priority = Priority.MEDIUM;

	private Outcome outcome;

	private UUID teamId;

	private Long version;

	static CaseForm of(CaseFile caseFile) {
		CaseDetails d = caseFile.details();
		CaseForm form = new CaseForm();
		form.title = d.title();
		form.summary = d.summary();
		form.countryOfCustody = d.countryOfCustody();
		form.countryOfFearedReturn = d.countryOfFearedReturn();
		form.region = d.region();
		form.themes = String.join("; ", d.themes());
		form.risks = d.risks().isEmpty() ? EnumSet.noneOf(ReturnRisk.class) : EnumSet.copyOf(d.risks());
		form.status = d.status();
		form.priority = d.priority();
		form.outcome = d.outcome();
		form.teamId = caseFile.teamId();
		form.version = caseFile.version();
		return form;
	}

	CaseDetails details() {
		return new CaseDetails(title, summary, countryOfCustody, countryOfFearedReturn, region, ThemesConverter.parse(themes),
				risks, status, priority, outcome);
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public String getCountryOfCustody() { return countryOfCustody; }
	public void setCountryOfCustody(String countryOfCustody) { this.countryOfCustody = countryOfCustody; }
	public String getCountryOfFearedReturn() { return countryOfFearedReturn; }
	public void setCountryOfFearedReturn(String countryOfFearedReturn) { this.countryOfFearedReturn = countryOfFearedReturn; }
	public String getRegion() { return region; }
	public void setRegion(String region) { this.region = region; }
	public String getThemes() { return themes; }
	public void setThemes(String themes) { this.themes = themes; }
	public Set<ReturnRisk> getRisks() { return risks; }
	public void setRisks(Set<ReturnRisk> risks) { this.risks = risks == null ? EnumSet.noneOf(ReturnRisk.class) : risks; }
	public CaseStatus getStatus() { return status; }
	public void setStatus(CaseStatus status) { this.status = status; }
	public Priority getPriority() { return priority; }
	public void setPriority(Priority priority) { this.priority = priority; }
	public Outcome getOutcome() { return outcome; }
	public void setOutcome(Outcome outcome) { this.outcome = outcome; }
	public UUID getTeamId() { return teamId; }
	public void setTeamId(UUID teamId) { this.teamId = teamId; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
