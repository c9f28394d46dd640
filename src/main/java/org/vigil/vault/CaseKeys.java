package org.vigil.vault;

import java.util.UUID;

/** Life and death of a case's data key: crypto-shredding and legal holds. */
public interface CaseKeys {

	/**
	 * Destroys the case's data key, making every protected value of the case unreadable, also in
	 * backups restored later (see {@link #reapplyShreds()}). A case without a key yet is marked so
	 * that nothing can be encrypted for it any more. Refused, and nothing changes, under legal hold.
	 */
	ShredOutcome shred(UUID caseId);

	/** Sets or lifts the legal hold that forbids shredding the case. */
	void setLegalHold(UUID caseId, boolean hold);

	boolean isUnderLegalHold(UUID caseId);

	/** Whether the case's data key has been destroyed. */
	boolean isShredded(UUID caseId);

	/**
	 * Destroys again the keys of every case shredded on this installation, using the register of
	 * shredded cases kept beside the master key (outside the database). Run after restoring a
	 * database backup taken before some shreds; answers how many keys it destroyed.
	 */
	int reapplyShreds();

}
