package org.vigil.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.vigil.accounts.Team;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.DatePrecision;
import org.vigil.cases.Outcome;
import org.vigil.cases.PersonCategory;
import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;
import org.vigil.cases.Priority;
import org.vigil.cases.Reliability;
import org.vigil.cases.ReturnRisk;
import org.vigil.cases.Sex;
import org.vigil.platform.validation.CalendarDate;
import org.vigil.platform.validation.CountryCode;

/** The JSON shapes of the cases API. */
final class ApiModels {

	private ApiModels() {
	}

	/** A case as sent to {@code POST /api/cases} and {@code PUT /api/cases/{id}} ({@code version} required there). */
	public record CaseRequest(
			@NotBlank @Size(max = 300) String title,
			@Size(max = 20000) String summary,
			@NotBlank @CountryCode String countryOfCustody,
			@CountryCode String countryOfFearedReturn,
			@Size(max = 100) String region,
			@Size(max = ThemesConverter.MAX_THEMES) List<@NotBlank @Size(max = ThemesConverter.MAX_THEME_LENGTH) @Pattern(regexp = ThemesConverter.ONE_THEME, message = "{theme.noSeparators}") String> themes,
			@Size(max = 20) List<@NotNull ReturnRisk> risks,
			CaseStatus status,
			Priority priority,
			Outcome outcome,
			UUID teamId,
			Long version) {

		CaseDetails details() {
			return new CaseDetails(title, summary, countryOfCustody, countryOfFearedReturn, region,
					themes == null ? Set.of() : Set.copyOf(themes), risks == null ? Set.of() : Set.copyOf(risks), status == null ? CaseStatus.OPEN : status,
					priority == null ? Priority.MEDIUM : priority, outcome);
		}

	}

	public record TeamRef(UUID id, String name) {

		static TeamRef of(Team team) {
			return team == null ? null : new TeamRef(team.id(), team.name());
		}

	}

	public record CaseResponse(UUID id, String reference, String title, String summary, String countryOfCustody,
			String countryOfFearedReturn, String region, List<String> themes, List<ReturnRisk> risks, CaseStatus status, Priority priority,
			Outcome outcome, TeamRef team, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
			long version) {

		static CaseResponse of(CaseFile c, Team team) {
			CaseDetails d = c.details();
			return new CaseResponse(c.id(), c.reference(), d.title(), d.summary(), d.countryOfCustody(),
					d.countryOfFearedReturn(), d.region(), d.themes().stream().sorted().toList(), d.risks().stream().sorted().toList(), d.status(), d.priority(),
					d.outcome(), TeamRef.of(team), c.createdAt(), c.createdBy(), c.updatedAt(), c.updatedBy(), c.version());
		}

	}

	/**
	 * A person as sent to {@code POST /api/cases/{id}/persons}; {@code name} and the other identity
	 * fields are protected, {@code categories} (what a public statement may say of them) are not.
	 */
	public record PersonRequest(
			@NotNull PersonKind kind,
			@NotBlank @Size(max = 100) String publicLabel,
			PersonRole role,
			@Min(1) @Max(100000) Integer numberOfPersons,
			@Size(max = 20) List<@NotNull PersonCategory> categories,
			@Size(max = 500) String name,
			@Size(max = 2000) String namesInOtherScripts,
			@Size(max = 2000) String aliases,
			Sex sex,
			@CalendarDate LocalDate birthDate,
			DatePrecision birthDatePrecision,
			@CountryCode String nationality,
			@Size(max = 20000) String notes,
			@Size(max = 2000) String preciseLocation,
			Long version) {

		PersonProfile profile() {
			int count = numberOfPersons != null ? numberOfPersons : 1;
			return new PersonProfile(kind, count, role == null ? PersonRole.AT_RISK : role, publicLabel.strip(),
					categories == null ? Set.of() : Set.copyOf(categories));
		}

		Identity identity() {
			return new Identity(name, namesInOtherScripts, aliases, sex, birthDate, birthDatePrecision, nationality, notes, preciseLocation);
		}

	}

	public record IdentityResponse(String name, String namesInOtherScripts, String aliases, Sex sex, LocalDate birthDate,
			DatePrecision birthDatePrecision, String nationality, String notes, String preciseLocation) {

		static IdentityResponse of(Identity i) {
			return new IdentityResponse(i.name(), i.namesInOtherScripts(), i.aliases(), i.sex(), i.birthDate(),
					i.birthDatePrecision(), i.nationality(), i.notes(), i.preciseLocation());
		}

	}

	public record PersonResponse(UUID id, UUID caseId, PersonKind kind, String publicLabel, PersonRole role,
			int numberOfPersons, List<PersonCategory> categories, IdentityResponse identity, boolean purged, long version) {

		static PersonResponse of(PersonView p) {
			PersonProfile profile = p.profile();
			return new PersonResponse(p.id(), p.caseId(), profile.kind(), profile.publicLabel(), profile.role(),
					profile.numberOfPersons(), profile.categories().stream().sorted().toList(),
					p.identity() == null ? null : IdentityResponse.of(p.identity()), p.purged(), p.version());
		}

	}

	/**
	 * A source as sent to {@code POST /api/cases/{id}/sources} and {@code PUT …/sources/{sourceId}}
	 * ({@code version} required there). On a correction, {@code name} and {@code contactDetails}
	 * replace the stored ones when the identities are revealed to the caller; otherwise they are left
	 * out and kept.
	 */
	public record SourceRequest(
			@NotBlank @Size(max = 200) String label,
			@Size(max = 500) String name,
			@Size(max = 2000) String contactDetails,
			@CalendarDate LocalDate reportedOn,
			Reliability reliability,
			Boolean confidential,
			@Size(max = 20000) String information,
			@Size(max = SourceRequest.MAX_PERSONS) List<@NotNull UUID> personIds,
			Long version) {

		/** The most persons one source may be about: more than any case holds (benchmarks go to 800). */
		static final int MAX_PERSONS = 1000;

		SourceDetails details() {
			// A source is confidential unless said otherwise.
			return new SourceDetails(label, name, contactDetails, reportedOn, reliability, confidential == null || confidential, information,
					personIds == null ? Set.of() : Set.copyOf(personIds));
		}

	}

	public record SourceResponse(UUID id, UUID caseId, String label, String name, String contactDetails,
			LocalDate reportedOn, Reliability reliability, boolean confidential, String information, List<UUID> personIds,
			boolean purged, long version) {

		static SourceResponse of(SourceView s) {
			SourceDetails d = s.details();
			return new SourceResponse(s.id(), s.caseId(), d.label(), d.name(), d.contactDetails(), d.reportedOn(),
					d.reliability(), d.confidential(), d.information(), d.personIds().stream().sorted().toList(), s.purged(),
					s.version());
		}

	}

	public record Created(UUID id, String reference) {
	}

	/** Reveals a case's identities: why, and the caller's password. */
	public record RevealRequest(@NotBlank @Size(min = 10, max = 1000) String reason, @NotBlank @Size(max = 1000) String password) {
	}

	/** Shares a case with a colleague outside its team; without {@code expiresAt} the share lasts until revoked. */
	public record ShareRequest(@NotBlank @Size(max = 64) String username, @CalendarDate Instant expiresAt) {
	}

}
