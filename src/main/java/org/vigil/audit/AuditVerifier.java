package org.vigil.audit;

import java.nio.file.Path;

/**
 * Checks the audit chain and signs checkpoints of it, for the {@code audit} command and an
 * administrator page.
 */
public interface AuditVerifier {

	/** Checks every entry, every stored checkpoint and the head of the log. */
	AuditVerification verify();

	/**
	 * As {@link #verify()}, and also against a checkpoint exported earlier with
	 * {@link #exportCheckpoint(Path)} and kept elsewhere, which catches a log cut short or rewritten
	 * together with its stored checkpoints.
	 */
	AuditVerification verify(Path exportedCheckpoint);

	/** Signs a checkpoint of the current last entry now; answers its entry id (0 when the log is empty). */
	long checkpoint();

	/** Signs a checkpoint of the current last entry and writes it, with the public key, to {@code file}. */
	long exportCheckpoint(Path file);

}
