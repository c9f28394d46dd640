package org.vigil.appeals.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest of what a signatory signs: the addressee, subject, asks and body as they read them.
 * Each value is prefixed with its length, so that text moved from one field to another gives
 * another digest. An approval counts only while the appeal's digest is still the one approved.
 */
final class SignedText {

	private SignedText() {
	}

	/** SHA-256 of the open content, in hexadecimal. */
	static String digest(AppealContent open) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String value : new String[] { open.addressee(), open.subject(), open.asks(), open.body() }) {
				byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
				sha.update((value == null ? "-1" : String.valueOf(bytes.length)).getBytes(StandardCharsets.US_ASCII));
				sha.update((byte) ':');
				sha.update(bytes);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
