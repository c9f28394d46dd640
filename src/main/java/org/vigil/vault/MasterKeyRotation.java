package org.vigil.vault;

/** Rotation of the master key that wraps the cases' data keys. */
public interface MasterKeyRotation {

	/**
	 * Adds a new primary key to the master keyset, then re-wraps every live data key with it. Older
	 * master key versions stay in the keyset, so whatever was wrapped with them stays readable,
	 * also while rotation runs.
	 */
	Rotation rotate();

	/** @param primaryKeyId the Tink id of the new primary master key; @param rewrapped data keys re-wrapped */
	record Rotation(long primaryKeyId, int rewrapped) {
	}

}
