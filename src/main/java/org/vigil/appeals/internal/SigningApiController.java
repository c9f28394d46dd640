package org.vigil.appeals.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.platform.NotFoundException;

/**
 * Who may sign letters, in JSON: the signatories to choose from, and each user's signing profile
 * (the name printed under the closing, their title), set by themselves or by an administrator.
 */
@RestController
class SigningApiController {

	/** One line of text: no line breaks or other control characters. */
	static final String ONE_LINE = "[^\\p{Cntrl}]*";

	private final AppealSignatories signatories;

	private final SigningProfiles profiles;

	private final CurrentViewer viewers;

	SigningApiController(AppealSignatories signatories, SigningProfiles profiles, CurrentViewer viewers) {
		this.signatories = signatories;
		this.profiles = profiles;
		this.viewers = viewers;
	}

	/** A signing profile: {@code name} as printed, {@code title} e.g. "Asia Director", {@code noticeEmail} optional. */
	public record SigningProfileRequest(
			@NotBlank @Size(max = SigningProfile.MAX_NAME) @Pattern(regexp = ONE_LINE) String name,
			@NotBlank @Size(max = SigningProfile.MAX_TITLE) @Pattern(regexp = ONE_LINE) String title,
			@Email @Size(max = 254) @Pattern(regexp = ONE_LINE) String noticeEmail) {

		SigningProfiles.Entry entry() {
			return new SigningProfiles.Entry(name, title, noticeEmail);
		}

	}

	/** A signing profile as stored. */
	public record SigningProfileResponse(String name, String title, String noticeEmail) {

		static SigningProfileResponse of(SigningProfiles.Entry entry) {
			return new SigningProfileResponse(entry.printedName(), entry.title(), entry.noticeEmail());
		}

	}

	/** A user who may be chosen as a signatory of an appeal ({@code signatoryIds}). */
	public record SignatoryCandidate(UUID userId, String name, String title) {
	}

	/** Lists the users who may sign letters: everyone with a signing profile, by name. */
	@GetMapping("/api/signatories")
	List<SignatoryCandidate> listSignatories() {
		return signatories.candidates().stream().map(c -> new SignatoryCandidate(c.userId(), c.name(), c.title())).toList();
	}

	/** Reads your own signing profile; {@code 404} until you set one. */
	@GetMapping("/api/signing-profile")
	SigningProfileResponse readOwnSigningProfile() {
		return profiles.of(viewers.get().userId()).map(SigningProfileResponse::of).orElseThrow(() -> new NotFoundException("Signing profile"));
	}

	/** Sets your own signing profile: the name printed under a letter's closing and your signing title. */
	@PutMapping("/api/signing-profile")
	SigningProfileResponse setOwnSigningProfile(@Valid @RequestBody SigningProfileRequest request) {
		return SigningProfileResponse.of(profiles.setOwn(viewers.get(), request.entry()));
	}

	/** A signature image: a PNG or JPEG of at most 512 KB, in base64. */
	public record SignatureRequest(@NotBlank @Size(max = 1_000_000) String image) {
	}

	/**
	 * Uploads your signature image, printed above your name on the letters you approved.
	 *
	 * <p>It is encrypted and never served alone: only an approved letter's PDF shows it. Set your signing profile first.
	 */
	@PutMapping("/api/signing-profile/signature")
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
	void setOwnSignature(@Valid @RequestBody SignatureRequest request) {
		byte[] image;
		try {
			image = java.util.Base64.getMimeDecoder().decode(request.image().strip());
		}
		catch (IllegalArgumentException notBase64) {
			throw org.vigil.platform.Refusal.onField(AppealRule.SIGNATURE_NOT_AN_IMAGE, "image").toException();
		}
		profiles.setSignature(viewers.get(), image);
	}

	/** Sets a user's signing profile; for administrators. */
	@PutMapping("/api/users/{userId}/signing-profile")
	SigningProfileResponse setSigningProfile(@PathVariable UUID userId, @Valid @RequestBody SigningProfileRequest request) {
		return SigningProfileResponse.of(profiles.setFor(viewers.get(), userId, request.entry()));
	}

}
