package org.vigil.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.vigil.directory.Authority;
import org.vigil.directory.AuthorityKind;
import org.vigil.directory.ChannelKind;
import org.vigil.directory.ContactChannel;
import org.vigil.directory.FormOfAddress;
import org.vigil.directory.Suggestion;
import org.vigil.platform.validation.CountryCode;

/** The JSON shapes of the directory API. */
final class DirectoryApiModels {

	/** Text without control characters other than tab and newline. */
	static final String TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	/** One line of text: no control characters at all. */
	static final String LINE = "[^\\x00-\\x1F\\x7F]*";

	private DirectoryApiModels() {
	}

	/** A new entry or a changed one ({@code version} required to change one). */
	record AuthorityRequest(
			@NotBlank @CountryCode String country,
			@NotNull AuthorityKind kind,
			@Size(max = AuthorityChecks.MAX_NAME) @Pattern(regexp = LINE) String name,
			@NotBlank @Size(max = AuthorityChecks.MAX_TITLE) @Pattern(regexp = LINE) String title,
			@Size(max = AuthorityChecks.MAX_BODY) @Pattern(regexp = LINE) String body,
			@CountryCode String hostCountry,
			@Size(max = AuthorityChecks.MAX_LANGUAGES) List<@NotNull @Pattern(regexp = "[a-z]{2}") String> languages,
			@Size(max = AuthorityChecks.MAX_FORMS) List<@NotNull @Valid FormRequest> formsOfAddress,
			@Size(max = AuthorityChecks.MAX_CHANNELS) List<@NotNull @Valid ChannelRequest> channels,
			Long version) {

		AuthorityDraft draft() {
			return new AuthorityDraft(country, kind, name, title, body, hostCountry, languages,
					formsOfAddress == null ? null : formsOfAddress.stream().map(f -> new FormOfAddress(f.language(), f.salutation(), f.addressLine())).toList(),
					channels == null ? null : channels.stream().map(c -> new AuthorityDraft.ChannelDraft(c.kind(), c.value(), c.asOf(), c.source())).toList());
		}

	}

	record FormRequest(@NotBlank @Pattern(regexp = "[a-z]{2}") String language,
			@NotBlank @Size(max = AuthorityChecks.MAX_LINE) @Pattern(regexp = LINE) String salutation,
			@Size(max = AuthorityChecks.MAX_LINE) @Pattern(regexp = LINE) String addressLine) {
	}

	/** A channel: the value's shape is checked by kind (email, fax in international form, http(s) address). */
	record ChannelRequest(@NotNull ChannelKind kind, @NotBlank @Size(max = AuthorityChecks.MAX_POSTAL) @Pattern(regexp = TEXT) String value,
			@NotNull @PastOrPresent LocalDate asOf, @NotBlank @Size(max = AuthorityChecks.MAX_SOURCE) @Pattern(regexp = LINE) String source) {
	}

	/** Verifying or retiring names the version it was made on. */
	record VersionRequest(@NotNull Long version) {
	}

	record ChannelResponse(String kind, String value, LocalDate asOf, String source, boolean stale) {

		static ChannelResponse of(ContactChannel c) {
			return new ChannelResponse(c.kind().name(), c.value(), c.asOf(), c.source(), c.stale());
		}

	}

	record AuthorityResponse(UUID id, String country, String kind, String name, String title, String body, String hostCountry,
			List<String> languages, List<FormOfAddress> formsOfAddress, List<ChannelResponse> channels, boolean verified,
			String checkedBy, LocalDate checkedOn, boolean possiblyStale, boolean retired, long version) {

		static AuthorityResponse of(Authority a) {
			return new AuthorityResponse(a.id(), a.country(), a.kind().name(), a.name(), a.title(), a.body(), a.hostCountry(), a.languages(),
					a.formsOfAddress(), a.channels().stream().map(ChannelResponse::of).toList(), a.verified(), a.checkedBy(), a.checkedOn(),
					a.possiblyStale(), a.retired(), a.version());
		}

	}

	/** One page of entries, shaped like the other list routes. */
	record AuthorityPage(List<AuthorityResponse> items, int page, int size, long totalItems, int totalPages) {
	}

	record SuggestionResponse(List<AuthorityResponse> addressees, List<AuthorityResponse> copies, List<String> missing) {

		static SuggestionResponse of(Suggestion s) {
			return new SuggestionResponse(s.addressees().stream().map(AuthorityResponse::of).toList(),
					s.copies().stream().map(AuthorityResponse::of).toList(), s.missing().stream().map(Enum::name).toList());
		}

	}

}
