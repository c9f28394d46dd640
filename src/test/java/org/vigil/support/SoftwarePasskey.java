package org.vigil.support;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;

/**
 * A passkey held in software, as a security key holds one: an ES256 key pair whose public half is
 * stored as Spring Security's JDBC repositories keep a registered passkey (a COSE key), and whose
 * private half signs WebAuthn assertions for {@code /login/webauthn}. With it, integration tests
 * complete the real passkey step — Spring checks challenge, origin, relying party and signature —
 * without a browser. (The browser ceremony itself runs in PasskeyBrowserIT.)
 */
public final class SoftwarePasskey {

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final KeyPair keys;

	private final byte[] credentialId;

	private int signatureCount;

	SoftwarePasskey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			this.keys = generator.generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
		this.credentialId = new byte[16];
		new java.security.SecureRandom().nextBytes(credentialId);
	}

	/** The credential id as the passkeys page and Spring's repositories name it (base64url). */
	public String credentialId() {
		return BASE64URL.encodeToString(credentialId);
	}

	byte[] rawCredentialId() {
		return credentialId.clone();
	}

	/** The public key as a COSE_Key (RFC 9053, EC2, P-256, ES256), as WebAuthn registers it. */
	byte[] coseKey() {
		ECPublicKey key = (ECPublicKey) keys.getPublic();
		ByteArrayOutputStream cbor = new ByteArrayOutputStream();
		cbor.write(0xa5); // a map of five entries
		cbor.writeBytes(new byte[] { 0x01, 0x02 }); // kty: EC2
		cbor.writeBytes(new byte[] { 0x03, 0x26 }); // alg: -7 (ES256)
		cbor.writeBytes(new byte[] { 0x20, 0x01 }); // crv: P-256
		cbor.writeBytes(new byte[] { 0x21, 0x58, 0x20 }); // x: 32 bytes
		cbor.writeBytes(fixed32(key.getW().getAffineX()));
		cbor.writeBytes(new byte[] { 0x22, 0x58, 0x20 }); // y: 32 bytes
		cbor.writeBytes(fixed32(key.getW().getAffineY()));
		return cbor.toByteArray();
	}

	/**
	 * The attestation object of the registration ("none" format, RFC-style CBOR): authenticator data
	 * for the relying party with the attested credential (zero AAGUID, the credential id, the COSE
	 * key). Spring Security rebuilds the authenticator from it when the passkey signs in.
	 */
	byte[] attestationObject(String rpId) {
		try {
			byte[] cose = coseKey();
			ByteBuffer authData = ByteBuffer.allocate(37 + 16 + 2 + credentialId.length + cose.length)
				.put(MessageDigest.getInstance("SHA-256").digest(rpId.getBytes(StandardCharsets.UTF_8)))
				.put((byte) 0x45) // user present, user verified, attested credential data included
				.putInt(0)
				.put(new byte[16])
				.putShort((short) credentialId.length)
				.put(credentialId)
				.put(cose);
			byte[] data = authData.array();
			ByteArrayOutputStream cbor = new ByteArrayOutputStream();
			cbor.write(0xa3); // a map of three entries
			cbor.write(0x63);
			cbor.writeBytes("fmt".getBytes(StandardCharsets.US_ASCII));
			cbor.write(0x64);
			cbor.writeBytes("none".getBytes(StandardCharsets.US_ASCII));
			cbor.write(0x67);
			cbor.writeBytes("attStmt".getBytes(StandardCharsets.US_ASCII));
			cbor.write(0xa0);
			cbor.write(0x68);
			cbor.writeBytes("authData".getBytes(StandardCharsets.US_ASCII));
			cbor.write(0x58); // a byte string, its length in one byte
			cbor.write(data.length);
			cbor.writeBytes(data);
			return cbor.toByteArray();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The JSON body for {@code /login/webauthn}: an assertion over the server's challenge, made for
	 * the given relying party id and origin, user present and verified.
	 */
	Map<String, Object> assertion(String challenge, String rpId, String origin, String userHandle) {
		try {
			byte[] clientData = ("{\"type\":\"webauthn.get\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
					+ "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8);
			signatureCount++;
			byte[] authenticatorData = ByteBuffer.allocate(37)
				.put(MessageDigest.getInstance("SHA-256").digest(rpId.getBytes(StandardCharsets.UTF_8)))
				.put((byte) 0x05) // user present, user verified
				.putInt(signatureCount)
				.array();
			Signature signer = Signature.getInstance("SHA256withECDSA");
			signer.initSign(keys.getPrivate());
			signer.update(authenticatorData);
			signer.update(MessageDigest.getInstance("SHA-256").digest(clientData));
			String id = credentialId();
			return Map.of("id", id, "rawId", id, "credType", "public-key", "clientExtensionResults", Map.of(),
					"authenticatorAttachment", "cross-platform",
					"response", Map.of("authenticatorData", BASE64URL.encodeToString(authenticatorData),
							"clientDataJSON", BASE64URL.encodeToString(clientData),
							"signature", BASE64URL.encodeToString(signer.sign()),
							"userHandle", userHandle));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] fixed32(BigInteger value) {
		byte[] bytes = value.toByteArray();
		byte[] fixed = new byte[32];
		int length = Math.min(bytes.length, 32);
		System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
		return fixed;
	}

}
