package org.vigil.publishing.internal.prepare;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.vigil.platform.validation.CountryCode;
import org.vigil.publishing.PublicKind;

/** The JSON shapes of the publications API. */
final class PublicationApiModels {

	static final String LANGUAGES = "en|ko|zh";

	static final int MAX_THEMES = 10;

	private PublicationApiModels() {
	}

	/**
	 * What to prepare a publication from: an approved, dispatched appeal of the case ({@code appealId}), or a press release
	 * drafted from the case ({@code "pressRelease": true}, in {@code language}: en, ko or zh, English when absent).
	 */
	record PrepareRequest(UUID appealId, Boolean pressRelease, @Pattern(regexp = LANGUAGES) String language) {

		boolean isPressRelease() {
			return Boolean.TRUE.equals(pressRelease);
		}

	}

	/**
	 * The public text of a publication as a reviewer edits it, with the {@code version} read: {@code title} (at most 300
	 * characters), {@code summary} (1000), {@code body} (plain text, paragraphs separated by a blank line, 100 000), its
	 * {@code language} (en, ko or zh), the {@code region} ("East Asia"), the {@code countryCode} (ISO 3166-1 alpha-2) and at
	 * most 10 {@code themes}. Everything here becomes public on release.
	 */
	record TextRequest(@NotBlank @Size(max = 300) String title, @NotNull @Size(max = 1000) String summary,
			@NotBlank @Size(max = 100_000) String body, @NotBlank @Pattern(regexp = LANGUAGES) String language,
			@Size(max = 100) String region, @CountryCode String countryCode,
			@Size(max = MAX_THEMES) List<@NotBlank @Size(max = 60) String> themes, @NotNull Long version) {

		PublicationText text() {
			return new PublicationText(title, summary, body, language, region, countryCode, themes);
		}

	}

	/** A release with the {@code version} read; with {@code embargoUntil} (within a year) it goes public only then. */
	record ReleaseRequest(@NotNull Long version, Instant embargoUntil) {
	}

	/** A correction: the corrected text and a {@code note} (at most 500 characters) saying what was corrected. */
	record CorrectionRequest(@NotBlank @Size(max = 300) String title, @NotNull @Size(max = 1000) String summary,
			@NotBlank @Size(max = 100_000) String body, @NotBlank @Size(max = 500) String note, @NotNull Long version) {
	}

	/** A withdrawal with the {@code version} read and the {@code notice} (at most 500 characters) its address then shows. */
	record WithdrawalRequest(@NotBlank @Size(max = 500) String notice, @NotNull Long version) {
	}

	/**
	 * A publication: where it stands, who prepared and released it, its public text ({@code null} once the case was purged),
	 * where it lives on the public site once published ({@code path}, {@code publicVersion}), and the {@code warnings}: the
	 * protected fields of the case its text holds, which would refuse its release, named without their values.
	 */
	record PublicationResponse(UUID id, UUID caseId, UUID appealId, PublicKind kind, PublicationStatus status, String title,
			String summary, String body, String language, String region, String countryCode, List<String> themes, String preparedBy,
			Instant preparedAt, String editedBy, Instant editedAt, String releasedBy, Instant releasedAt, Instant embargoUntil,
			Instant publishedAt, String path, Integer publicVersion, Instant correctedAt, String correctionNote, Instant withdrawnAt,
			String withdrawalNotice, long version, List<ProtectedValueCheck.Warning> warnings) {

		static PublicationResponse of(Publication p, List<ProtectedValueCheck.Warning> warnings) {
			PublicationText t = p.text();
			return new PublicationResponse(p.id(), p.caseId(), p.appealId(), p.kind(), p.status(), t == null ? null : t.title(),
					t == null ? null : t.summary(), t == null ? null : t.body(), t == null ? null : t.language(),
					t == null ? null : t.region(), t == null ? null : t.countryCode(), t == null ? List.of() : t.themes(), p.preparedBy(),
					p.preparedAt(), p.editedBy(), p.editedAt(), p.releasedBy(), p.releasedAt(), p.embargoUntil(), p.publishedAt(),
					p.item() == null ? null : p.item().path(), p.item() == null ? null : p.item().version(),
					p.item() == null ? null : p.item().lastCorrected(), p.correctionNote(), p.withdrawnAt(), p.withdrawalNotice(),
					p.version(), warnings);
		}

	}

	/** A publication in a list: no body, no warnings. */
	record PublicationSummary(UUID id, UUID caseId, PublicKind kind, PublicationStatus status, String title, String language,
			String countryCode, String preparedBy, Instant preparedAt, String releasedBy, Instant embargoUntil, Instant publishedAt,
			String path) {

		static PublicationSummary of(Publication p) {
			return new PublicationSummary(p.id(), p.caseId(), p.kind(), p.status(), p.text() == null ? null : p.text().title(),
					p.text() == null ? null : p.text().language(), p.text() == null ? null : p.text().countryCode(), p.preparedBy(),
					p.preparedAt(), p.releasedBy(), p.embargoUntil(), p.publishedAt(), p.item() == null ? null : p.item().path());
		}

	}

}
