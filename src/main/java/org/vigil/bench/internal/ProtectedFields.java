package org.vigil.bench.internal;

import java.util.UUID;

/**
 * ENCRYPTION SEAM. Every protected value the generator writes (person identities, source names
 * and contact details) passes through here. Today the vault module does not exist and the
 * application stores these fields as plain text, so this returns the value unchanged. When the
 * vault lands, this becomes a call to its published API (encrypt with the case's data key, and
 * write the blind-index rows for names), so that the import rate measured by
 * {@code bench generate} includes encryption as the issue requires.
 */
interface ProtectedFields {

	String protect(UUID caseId, String plaintext);

	/** The application's present behaviour: protected fields are stored as they are. */
	ProtectedFields PLAINTEXT_UNTIL_VAULT = (caseId, plaintext) -> plaintext;

}
