package org.vigil.vault;

import java.util.UUID;

/**
 * Encrypts and decrypts protected fields with their case's data key.
 *
 * <p>The ciphertext is bound to {@code (caseId, recordType, recordId, field)}: decrypting it under
 * any other combination fails, so a value copied into another record or field is rejected rather
 * than shown. Ciphertexts are compact text ({@code v1:} + base64url) for a {@code text} column;
 * {@code null} stays {@code null}. Both methods are thread-safe and cache data keys.
 */
public interface FieldCipher {

	/**
	 * Encrypts {@code plaintext}, creating the case's data key on first use.
	 * @throws KeyDestroyedException when the case has been shredded
	 */
	String encrypt(UUID caseId, String recordType, UUID recordId, String field, String plaintext);

	/**
	 * Decrypts a value made by {@link #encrypt} with the same case, record and field.
	 * @throws KeyDestroyedException when the case has been shredded (show "[purged]")
	 * @throws VaultException when the ciphertext was altered or belongs to another record or field
	 */
	String decrypt(UUID caseId, String recordType, UUID recordId, String field, String ciphertext);

	/** A batch of new data keys for an import: see {@link NewKeys}. */
	NewKeys newKeys();

}
