package org.vigil.bench.internal;

import java.util.UUID;

import org.vigil.vault.BlindIndex;
import org.vigil.vault.FieldCipher;

/**
 * ENCRYPTION SEAM. Every protected value the generator writes (person identities, source names,
 * contact details and information) passes through here. The cases module does not encrypt its
 * fields yet, so by default the value is stored as it is, exactly as the application stores it
 * today. With {@code bench generate --encrypt} each value is encrypted by the vault with its
 * case's data key (bound to record and field) and each name's blind-index tokens are computed, so
 * the reported rate includes that work; such a dataset is for measuring the import rate only,
 * since the application cannot read ciphertext in these columns until the cases module decrypts.
 * When the cases module encrypts, make the vault path the default and store the tokens where the
 * cases module stores them.
 */
interface ProtectedFields {

	String protect(UUID caseId, String recordType, UUID recordId, String field, String plaintext);

	/** The application's present behaviour: protected fields are stored as they are. */
	ProtectedFields PLAINTEXT_AS_THE_APPLICATION_STORES_THEM = (caseId, type, id, field, plaintext) -> plaintext;

	/** Encryption with the vault, and blind-index tokens computed for names (not stored: no token table yet). */
	static ProtectedFields vault(FieldCipher cipher, BlindIndex blindIndex) {
		return (caseId, type, id, field, plaintext) -> {
			if (plaintext != null && field.equals("name")) {
				blindIndex.of(plaintext);
			}
			return cipher.encrypt(caseId, type, id, field, plaintext);
		};
	}

}
