package org.vigil.vault;

import java.util.UUID;

/**
 * Encrypts and decrypts protected fields with their case's data key.
 *
 * <p>The ciphertext is bound to {@code (caseId, recordType, recordId, field)}: decrypting it under
 * any other combination fails, so a value copied into another record or field is rejected rather
 * than shown. Ciphertexts of text are compact text ({@code v1:} + base64url) for a {@code text}
 * column; those of bytes (file contents) are bytes, with the same {@code v1:} prefix. {@code null}
 * stays {@code null}. Every method is thread-safe and caches data keys.
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

	/**
	 * Encrypts a file's bytes like {@link #encrypt}, bound the same way to its case, record and
	 * field; {@code null} stays {@code null}.
	 * @throws KeyDestroyedException when the case has been shredded
	 */
	byte[] encryptBytes(UUID caseId, String recordType, UUID recordId, String field, byte[] plaintext);

	/**
	 * Decrypts bytes made by {@link #encryptBytes} with the same case, record and field.
	 * @throws KeyDestroyedException when the case has been shredded
	 * @throws VaultException when the ciphertext was altered or belongs to another record or field
	 */
	byte[] decryptBytes(UUID caseId, String recordType, UUID recordId, String field, byte[] ciphertext);

	/** A batch of new data keys for an import: see {@link NewKeys}. */
	NewKeys newKeys();

}
