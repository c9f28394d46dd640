package org.vigil.appeals.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Role;
import org.vigil.accounts.UserDirectory;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.letters.LetterDocument;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.RequestAddress;
import org.vigil.vault.FieldCipher;

/**
 * Setting how a user signs letters: the user themself, or an administrator for anyone. Each change
 * is audited (the user's id, never the name or title given).
 */
@Service
@Transactional
class SigningProfiles {

	/** The vault's record type of a signature image. */
	static final String SIGNATURE_RECORD = "signature";

	/** The name printed, the signing title and the optional address for notices, as given. */
	record Entry(String printedName, String title, String noticeEmail) {

		static Entry of(SigningProfile profile) {
			return new Entry(profile.printedName(), profile.title(), profile.noticeEmail());
		}

	}

	private final SigningProfileRepository profiles;

	private final UserDirectory users;

	private final AuditLog audit;

	private final FieldCipher cipher;

	SigningProfiles(SigningProfileRepository profiles, UserDirectory users, AuditLog audit, FieldCipher cipher) {
		this.profiles = profiles;
		this.users = users;
		this.audit = audit;
		this.cipher = cipher;
	}

	/**
	 * The viewer's signature image, printed above their name on the letters they approved. It is
	 * sealed with a data key of the user's own and never served alone; only a letter's PDF shows it.
	 * @throws org.vigil.platform.Refused when the viewer has no signing profile yet, or the image is not a small PNG or JPEG
	 */
	void setSignature(Viewer viewer, byte[] image) {
		SigningProfile profile = profiles.findById(viewer.userId())
			.orElseThrow(() -> Refusal.of(AppealRule.SIGNING_PROFILE_REQUIRED).toException());
		LetterImages.refusal("image", image, AppealRule.SIGNATURE_TOO_LARGE, AppealRule.SIGNATURE_NOT_AN_IMAGE).ifPresent(refusal -> {
			throw refusal.toException();
		});
		profile.signWith(LetterImages.mediaTypeOf(image).orElseThrow(),
				cipher.encryptBytes(viewer.userId(), SIGNATURE_RECORD, viewer.userId(), "signature", image), viewer.username());
		profiles.saveAndFlush(profile);
		audit.record(AuditEvent.of(viewer.username(), "signing-profile.signature-set", "user", viewer.userId(), RequestAddress.current()));
	}

	/** The user's signature image, open, for one letter's rendering; empty when they uploaded none. */
	@Transactional(readOnly = true)
	Optional<LetterDocument.Image> signatureOf(UUID userId) {
		return profiles.findById(userId).filter(p -> p.sealedSignature() != null).map(p -> new LetterDocument.Image(p.signatureMediaType(),
				cipher.decryptBytes(userId, SIGNATURE_RECORD, userId, "signature", p.sealedSignature())));
	}

	@Transactional(readOnly = true)
	Optional<Entry> of(UUID userId) {
		return profiles.findById(userId).map(Entry::of);
	}

	/** The viewer's own profile. */
	Entry setOwn(Viewer viewer, Entry entry) {
		return set(viewer, viewer.userId(), entry);
	}

	/**
	 * An administrator sets a user's profile; for anyone else the user is not found.
	 * @throws NotFoundException when there is no such user, or the viewer is not an administrator
	 */
	Entry setFor(Viewer viewer, UUID userId, Entry entry) {
		if (!viewer.has(Role.ADMINISTRATOR) || users.usernames(java.util.List.of(userId)).isEmpty()) {
			throw new NotFoundException("User");
		}
		return set(viewer, userId, entry);
	}

	private Entry set(Viewer viewer, UUID userId, Entry entry) {
		SigningProfile profile = profiles.findById(userId).orElseGet(() -> new SigningProfile(userId));
		profile.change(entry.printedName().strip(), entry.title().strip(),
				entry.noticeEmail() == null || entry.noticeEmail().isBlank() ? null : entry.noticeEmail().strip(), viewer.username());
		profiles.saveAndFlush(profile);
		audit.record(AuditEvent.of(viewer.username(), "signing-profile.changed", "user", userId, RequestAddress.current())
			.withDetails(Map.of("user", userId.toString())));
		return Entry.of(profile);
	}

}
