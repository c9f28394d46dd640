package org.vigil.vault;

import java.util.UUID;

/**
 * Encrypts and decrypts protected fields with the data key of their {@linkplain KeyScope key
 * scope}: the case's id for most values, the person's id for a person's identity.
 *
 * <p>The ciphertext is bound to {@code (keyScope, recordType, recordId, field)}: decrypting it under
 * any other combination fails, so a value copied into another record or field is rejected rather
 * than shown. Ciphertexts of text are compact text ({@code v1:} + base64url) for a {@code text}
 * column; those of bytes (file contents) are bytes, with the same {@code v1:} prefix. {@code null}
 * stays {@code null}. Every method is thread-safe and caches data keys.
 */
public interface FieldCipher {

	/**
	 * Encrypts {@code plaintext}, creating the key scope's data key on first use.
	 * @throws KeyDestroyedException when the key scope's key has been destroyed
	 */
	String encrypt(UUID keyScope, String recordType, UUID recordId, String field, String plaintext);

	/**
	 * Decrypts a value made by {@link #encrypt} with the same key scope, record and field.
	 * @throws KeyDestroyedException when the key scope's key has been destroyed (show "[purged]")
	 * @throws VaultException when the ciphertext was altered or belongs to another record or field
	 */
	String decrypt(UUID keyScope, String recordType, UUID recordId, String field, String ciphertext);

	/**
	 * Seals the new value of a field that already holds {@code current} (or nothing): a value that
	 * did not change keeps its ciphertext, so that the history records a change only when there
	 * was one and an edit says which fields it changed; a changed value is encrypted afresh.
	 * {@code null} stays {@code null}.
	 * @param current the field's ciphertext as stored now, or {@code null}
	 * @throws KeyDestroyedException when the key scope's key has been destroyed
	 */
	String reseal(UUID keyScope, String recordType, UUID recordId, String field, String plaintext, String current);

	/**
	 * Encrypts a file's bytes like {@link #encrypt}, bound the same way to its key scope, record and
	 * field; {@code null} stays {@code null}.
	 * @throws KeyDestroyedException when the key scope's key has been destroyed
	 */
	byte[] encryptBytes(UUID keyScope, String recordType, UUID recordId, String field, byte[] plaintext);

	/**
	 * Decrypts bytes made by {@link #encryptBytes} with the same key scope, record and field.
	 * @throws KeyDestroyedException when the key scope's key has been destroyed
	 * @throws VaultException when the ciphertext was altered or belongs to another record or field
	 */
	byte[] decryptBytes(UUID keyScope, String recordType, UUID recordId, String field, byte[] ciphertext);

	/** A batch of new data keys for an import: see {@link NewKeys}. */
	NewKeys newKeys();

}
