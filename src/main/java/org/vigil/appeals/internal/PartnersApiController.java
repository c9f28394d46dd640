package org.vigil.appeals.internal;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.platform.Refusal;

/**
 * Partner organisations of joint appeals, in JSON: read by everyone signed in (to choose an
 * appeal's {@code partnerIds}), added and changed by administrators. A logo travels as base64.
 */
@RestController
class PartnersApiController {

	private final PartnerOrganisations partners;

	private final CurrentViewer viewers;

	PartnersApiController(PartnerOrganisations partners, CurrentViewer viewers) {
		this.partners = partners;
		this.viewers = viewers;
	}

	/** A partner's signatory as printed. */
	public record SignatoryLine(@NotBlank @Size(max = 200) @Pattern(regexp = SigningApiController.ONE_LINE) String name,
			@NotBlank @Size(max = 200) @Pattern(regexp = SigningApiController.ONE_LINE) String title) {
	}

	/**
	 * A partner as sent: {@code logo} a PNG or JPEG of at most 512 KB, in base64, or absent to keep the one there is;
	 * at most 10 {@code signatories}.
	 */
	public record PartnerRequest(
			@NotBlank @Size(max = 200) @Pattern(regexp = SigningApiController.ONE_LINE) String name,
			@Size(max = 500) @Pattern(regexp = SigningApiController.ONE_LINE) String description,
			@Size(max = PartnerOrganisations.MAX_SIGNATORIES) List<@Valid SignatoryLine> signatories,
			@Size(max = 1_000_000) String logo) {

		PartnerOrganisations.Entry entry() {
			byte[] image = null;
			if (logo != null && !logo.isBlank()) {
				try {
					image = Base64.getMimeDecoder().decode(logo.strip());
				}
				catch (IllegalArgumentException notBase64) {
					throw Refusal.onField(PartnerRule.LOGO_NOT_AN_IMAGE, "logo").toException();
				}
			}
			List<PartnerOrganisation.Signatory> lines = signatories == null ? List.of()
					: signatories.stream().map(s -> new PartnerOrganisation.Signatory(s.name().strip(), s.title().strip())).toList();
			return new PartnerOrganisations.Entry(name, description, lines, image);
		}

	}

	/** A partner organisation; {@code hasLogo} says whether a logo will go on its letters. */
	public record PartnerResponse(UUID id, String name, String description, List<SignatoryLine> signatories, boolean hasLogo, long version) {

		static PartnerResponse of(PartnerOrganisation p) {
			return new PartnerResponse(p.id(), p.name(), p.description(),
					p.signatories().stream().map(s -> new SignatoryLine(s.name(), s.title())).toList(), p.logoMediaType() != null, p.version());
		}

	}

	/** Lists the partner organisations that may join an appeal, by name. */
	@GetMapping("/api/partners")
	List<PartnerResponse> listPartners() {
		return partners.all().stream().map(PartnerResponse::of).toList();
	}

	/** Adds a partner organisation: name, description, logo and signatories; for administrators. */
	@PostMapping("/api/partners")
	@ResponseStatus(HttpStatus.CREATED)
	PartnerResponse addPartner(@Valid @RequestBody PartnerRequest request) {
		return PartnerResponse.of(partners.save(viewers.get(), null, request.entry()));
	}

	/** Changes a partner organisation; for administrators. */
	@PutMapping("/api/partners/{partnerId}")
	PartnerResponse changePartner(@PathVariable UUID partnerId, @Valid @RequestBody PartnerRequest request) {
		return PartnerResponse.of(partners.save(viewers.get(), partnerId, request.entry()));
	}

}
