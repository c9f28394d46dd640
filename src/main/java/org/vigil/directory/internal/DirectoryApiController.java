package org.vigil.directory.internal;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.directory.Addressees;
import org.vigil.directory.Authority;
import org.vigil.directory.SuggestionFacts;
import org.vigil.directory.internal.DirectoryApiModels.AuthorityPage;
import org.vigil.directory.internal.DirectoryApiModels.AuthorityRequest;
import org.vigil.directory.internal.DirectoryApiModels.AuthorityResponse;
import org.vigil.directory.internal.DirectoryApiModels.SuggestionResponse;
import org.vigil.directory.internal.DirectoryApiModels.VersionRequest;
import org.vigil.platform.EditRule;
import org.vigil.platform.Refusal;
import org.vigil.platform.validation.CountryCode;
import org.vigil.platform.validation.PageLimits;

/**
 * The directory in the API: every signed-in user reads the entries and the suggested addressees;
 * administrators create, change, verify and retire entries, each change naming its version.
 */
@RestController
@RequestMapping("/api/authorities")
class DirectoryApiController {

	static final int MAX_CUSTODIAN = 300;

	private final DirectoryRecords records;

	private final Addressees addressees;

	private final CurrentViewer viewers;

	DirectoryApiController(DirectoryRecords records, Addressees addressees, CurrentViewer viewers) {
		this.records = records;
		this.addressees = addressees;
		this.viewers = viewers;
	}

	/** The entries in use, of one state ({@code country}, ISO 3166-1 alpha-2) or of all, by state, kind and title. */
	@GetMapping
	AuthorityPage listAuthorities(@RequestParam(required = false) String country,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(PageLimits.MAX_SIZE) int size) {
		String state = country(country, false);
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("country", "rank", "title"));
		Page<Authority> found = records.page(state, request);
		return new AuthorityPage(found.map(AuthorityResponse::of).getContent(), found.getNumber(), found.getSize(), found.getTotalElements(),
				found.getTotalPages());
	}

	/** Reads one entry of the directory, with its channels, their dates and sources, and whether it was checked. */
	@GetMapping("/{id}")
	AuthorityResponse readAuthority(@PathVariable UUID id) {
		return AuthorityResponse.of(records.get(id));
	}

	/** The addressees and copies suggested for people held by {@code country}, held by {@code custodian} when known. */
	@GetMapping("/suggestions")
	SuggestionResponse suggestions(@RequestParam(required = false) String country, @RequestParam(required = false) String custodian) {
		AuthorityChecks.text("custodian", custodian, MAX_CUSTODIAN, false).ifPresent(r -> {
			throw r.toException();
		});
		return SuggestionResponse.of(addressees.suggest(new SuggestionFacts(country(country, true), AuthorityChecks.clean(custodian))));
	}

	/** Adds an authority or official to the directory (administrators); it is unverified until someone checks it. */
	@PostMapping
	ResponseEntity<AuthorityResponse> createAuthority(@Valid @RequestBody AuthorityRequest request) {
		Authority created = records.create(viewers.get(), request.draft());
		return ResponseEntity.created(URI.create("/api/authorities/" + created.id())).body(AuthorityResponse.of(created));
	}

	/** Edits an entry with the version read (administrators); a change to what it says withdraws its check. */
	@PutMapping("/{id}")
	AuthorityResponse editAuthority(@PathVariable UUID id, @Valid @RequestBody AuthorityRequest request) {
		records.get(id);
		if (request.version() == null) {
			throw EditRule.versionRequired().toException();
		}
		return AuthorityResponse.of(records.edit(viewers.get(), id, request.draft(), request.version()));
	}

	/** Records that the caller checked the entry against its sources today. */
	@PostMapping("/{id}/verify")
	AuthorityResponse verifyAuthority(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		records.get(id);
		return AuthorityResponse.of(records.verify(viewers.get(), id, request.version()));
	}

	/** Retires an entry (administrators): kept for the letters that named it, no longer listed or suggested. */
	@PostMapping("/{id}/retire")
	AuthorityResponse retireAuthority(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		records.get(id);
		return AuthorityResponse.of(records.retire(viewers.get(), id, request.version()));
	}

	private static String country(String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw Refusal.onField(DirectoryRefusal.DIRECTORY_REQUIRED, "country").toException();
			}
			return null;
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		if (!CountryCode.Validator.isCountryCode(code)) {
			throw Refusal.onField(DirectoryRefusal.DIRECTORY_NOT_OFFERED, "country").toException();
		}
		return code;
	}

}
