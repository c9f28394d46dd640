package org.vigil.appeals.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How a user signs letters: the name printed under the closing and their signing title, set by
 * the user or by an administrator. Only users with a signing profile can be chosen as signatories.
 */
@Entity
@Table(name = "signing_profiles")
class SigningProfile {

	static final int MAX_NAME = 200;

	static final int MAX_TITLE = 200;

	@Id
	private UUID userId;

	@Column(nullable = false, length = MAX_NAME)
	private String printedName;

	@Column(nullable = false, length = MAX_TITLE)
	private String title;

	/** Where Vigil tells them that an approval of theirs was withdrawn; may be null. */
	@Column(length = 254)
	private String noticeEmail;

	/** The signature image, sealed with the user's own data key (see {@link SigningProfiles#setSignature}). */
	@Column(length = 20)
	private String signatureMediaType;

	private byte[] signature;

	@Column(nullable = false)
	private Instant updatedAt;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	protected SigningProfile() {
	}

	SigningProfile(UUID userId) {
		this.userId = userId;
	}

	void change(String printedName, String title, String noticeEmail, String by) {
		this.printedName = printedName;
		this.title = title;
		this.noticeEmail = noticeEmail;
		this.updatedAt = Instant.now();
		this.updatedBy = by;
	}

	/** @param sealed the image sealed by the vault; {@code mediaType} checked by {@link LetterImages} */
	void signWith(String mediaType, byte[] sealed, String by) {
		this.signatureMediaType = mediaType;
		this.signature = sealed.clone();
		this.updatedAt = Instant.now();
		this.updatedBy = by;
	}

	UUID userId() { return userId; }
	String signatureMediaType() { return signatureMediaType; }
	byte[] sealedSignature() { return signature == null ? null : signature.clone(); }
	String printedName() { return printedName; }
	String title() { return title; }
	String noticeEmail() { return noticeEmail; }

}
