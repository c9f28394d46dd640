package org.vigil.vault.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.vigil.vault.FieldCipher;
import org.vigil.vault.VaultException;

/** Envelope encryption of single fields: AES-256-GCM under the case's data key, bound to the field's address. */
@Service
class EnvelopeFieldCipher implements FieldCipher {

	/** Version prefix, so that a later format can be told apart from this one. */
	private static final String V1 = "v1:";

	private final DataKeys keys;

	EnvelopeFieldCipher(DataKeys keys) {
		this.keys = keys;
	}

	@Override
	public String encrypt(UUID caseId, String recordType, UUID recordId, String field, String plaintext) {
		if (plaintext == null) {
			return null;
		}
		byte[] associated = AssociatedData.forField(caseId, recordType, recordId, field);
		try {
			byte[] ciphertext = keys.forEncryption(caseId).encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associated);
			return V1 + Base64.getUrlEncoder().withoutPadding().encodeToString(ciphertext);
		}
		catch (GeneralSecurityException ex) {
			throw new VaultException("Could not encrypt " + recordType + "." + field, ex);
		}
	}

	@Override
	public String decrypt(UUID caseId, String recordType, UUID recordId, String field, String ciphertext) {
		if (ciphertext == null) {
			return null;
		}
		if (!ciphertext.startsWith(V1)) {
			throw new VaultException("The value of " + recordType + "." + field + " is not a Vigil ciphertext");
		}
		byte[] associated = AssociatedData.forField(caseId, recordType, recordId, field);
		try {
			byte[] raw = Base64.getUrlDecoder().decode(ciphertext.substring(V1.length()));
			return new String(keys.forDecryption(caseId).decrypt(raw, associated), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new VaultException("The value of " + recordType + "." + field + " of " + recordType + " " + recordId
					+ " was altered or belongs to another record or field", ex);
		}
	}

}
