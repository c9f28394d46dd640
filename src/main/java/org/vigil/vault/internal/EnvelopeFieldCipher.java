package org.vigil.vault.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import org.springframework.stereotype.Service;
import com.google.crypto.tink.Aead;
import org.vigil.vault.FieldCipher;
import org.vigil.vault.NewKeys;
import org.vigil.vault.VaultException;

/** Envelope encryption of single fields: AES-256-GCM under the key scope's data key, bound to the field's address. */
@Service
class EnvelopeFieldCipher implements FieldCipher {

	/** Version prefix, so that a later format can be told apart from this one. */
	private static final String V1 = "v1:";

	/** The same prefix in front of the ciphertext of bytes. */
	private static final byte[] V1_BYTES = V1.getBytes(StandardCharsets.US_ASCII);

	private final DataKeys keys;

	EnvelopeFieldCipher(DataKeys keys) {
		this.keys = keys;
	}

	@Override
	public String encrypt(UUID keyScope, String recordType, UUID recordId, String field, String plaintext) {
		return plaintext == null ? null : seal(keys.forEncryption(keyScope), keyScope, recordType, recordId, field, plaintext);
	}

	@Override
	public NewKeys newKeys() {
		return new KeyBatch(keys);
	}

	/** The AEAD ciphertext of a field as stored: {@code v1:} and base64url. */
	static String seal(Aead key, UUID keyScope, String recordType, UUID recordId, String field, String plaintext) {
		if (plaintext == null) {
			return null;
		}
		try {
			byte[] ciphertext = key.encrypt(plaintext.getBytes(StandardCharsets.UTF_8),
					AssociatedData.forField(keyScope, recordType, recordId, field));
			return V1 + Base64.getUrlEncoder().withoutPadding().encodeToString(ciphertext);
		}
		catch (GeneralSecurityException ex) {
			throw new VaultException("Could not encrypt " + recordType + "." + field, ex);
		}
	}

	@Override
	public String decrypt(UUID keyScope, String recordType, UUID recordId, String field, String ciphertext) {
		if (ciphertext == null) {
			return null;
		}
		if (!ciphertext.startsWith(V1)) {
			throw new VaultException("The value of " + recordType + "." + field + " is not a Vigil ciphertext");
		}
		byte[] associated = AssociatedData.forField(keyScope, recordType, recordId, field);
		try {
			byte[] raw = Base64.getUrlDecoder().decode(ciphertext.substring(V1.length()));
			return new String(keys.forDecryption(keyScope).decrypt(raw, associated), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new VaultException("The value of " + recordType + "." + field + " of " + recordType + " " + recordId
					+ " was altered or belongs to another record or field", ex);
		}
	}

	@Override
	public String reseal(UUID keyScope, String recordType, UUID recordId, String field, String plaintext, String current) {
		if (plaintext == null) {
			return null;
		}
		if (current != null && plaintext.equals(decrypt(keyScope, recordType, recordId, field, current))) {
			return current;
		}
		return encrypt(keyScope, recordType, recordId, field, plaintext);
	}

	@Override
	public byte[] encryptBytes(UUID keyScope, String recordType, UUID recordId, String field, byte[] plaintext) {
		if (plaintext == null) {
			return null;
		}
		byte[] associated = AssociatedData.forField(keyScope, recordType, recordId, field);
		Aead key = keys.forEncryption(keyScope);
		try {
			byte[] ciphertext = key.encrypt(plaintext, associated);
			byte[] stored = Arrays.copyOf(V1_BYTES, V1_BYTES.length + ciphertext.length);
			System.arraycopy(ciphertext, 0, stored, V1_BYTES.length, ciphertext.length);
			return stored;
		}
		catch (GeneralSecurityException ex) {
			throw new VaultException("Could not encrypt " + recordType + "." + field, ex);
		}
	}

	@Override
	public byte[] decryptBytes(UUID keyScope, String recordType, UUID recordId, String field, byte[] ciphertext) {
		if (ciphertext == null) {
			return null;
		}
		if (ciphertext.length < V1_BYTES.length || !Arrays.equals(ciphertext, 0, V1_BYTES.length, V1_BYTES, 0, V1_BYTES.length)) {
			throw new VaultException("The content of " + recordType + "." + field + " is not a Vigil ciphertext");
		}
		byte[] associated = AssociatedData.forField(keyScope, recordType, recordId, field);
		Aead key = keys.forDecryption(keyScope);
		try {
			return key.decrypt(Arrays.copyOfRange(ciphertext, V1_BYTES.length, ciphertext.length), associated);
		}
		catch (GeneralSecurityException ex) {
			throw new VaultException("The content of " + recordType + "." + field + " of " + recordType + " " + recordId
					+ " was altered or belongs to another record or field", ex);
		}
	}

}
