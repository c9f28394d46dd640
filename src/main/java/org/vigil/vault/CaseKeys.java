package org.vigil.vault;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Life and death of data keys: crypto-shredding and legal holds. Each method takes a
 * {@linkplain KeyScope key scope}: a case's id, or a person's id for the key of a person's identity.
 */
public interface CaseKeys {

	/**
	 * Destroys the key scope's data key, making every value it sealed unreadable, also in backups
	 * restored later (see {@link #reapplyShreds()}). A key scope without a key yet is marked so that
	 * nothing can be encrypted for it any more. Refused, and nothing changes, under legal hold.
	 */
	ShredOutcome shred(UUID keyScope);

	/** Sets or lifts the legal hold that forbids shredding the key scope's key. */
	void setLegalHold(UUID keyScope, boolean hold);

	boolean isUnderLegalHold(UUID keyScope);

	/** Whether the key scope's data key has been destroyed. */
	boolean isShredded(UUID keyScope);

	/** Those of the key scopes whose data key has been destroyed: {@link #isShredded} for many at once. */
	default Set<UUID> shredded(Collection<UUID> keyScopes) {
		return keyScopes.stream().filter(this::isShredded).collect(Collectors.toSet());
	}

	/**
	 * Destroys again the keys of every key scope shredded on this installation, using the register of
	 * shredded keys kept beside the master key (outside the database). Run after restoring a
	 * database backup taken before some shreds; answers how many keys it destroyed.
	 */
	int reapplyShreds();

}
