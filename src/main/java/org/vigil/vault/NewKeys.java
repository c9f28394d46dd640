package org.vigil.vault;

import java.util.UUID;

/**
 * Encrypts the protected fields of many new records that each get a data key of their own (one
 * per imported person, say) without a database round trip per key: the keys are made and wrapped
 * in memory, used at once, and stored together by {@link #store()}. Store them before — or in
 * the same transaction as — the records whose fields they encrypt; ciphertexts made here are
 * unreadable until then. Not thread-safe: one import thread uses one instance.
 */
public interface NewKeys {

	/**
	 * Like {@link FieldCipher#encrypt}, under a key made for the key scope {@code keyScope} in this batch.
	 * @throws VaultException when {@code keyScope} was shredded
	 */
	String encrypt(UUID keyScope, String recordType, UUID recordId, String field, String plaintext);

	/** How many keys wait to be stored. */
	int pending();

	/**
	 * Stores the waiting keys in one statement and answers how many.
	 * @throws VaultException when a key scope already had a key (its values made here would not
	 *         decrypt): nothing of that record may be written
	 */
	int store();

}
