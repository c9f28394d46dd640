package org.vigil.vault.internal;

import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.vigil.vault.MasterKeyRotation;
import org.vigil.vault.VaultException;

/** Rotates the master key and re-wraps every live data key with the new primary version. */
@Service
class MasterKeyRewrapping implements MasterKeyRotation {

	private final CaseKeyStore store;

	private final DataKeys keys;

	private final MasterKey masterKey;

	MasterKeyRewrapping(CaseKeyStore store, DataKeys keys, MasterKey masterKey) {
		this.store = store;
		this.keys = keys;
		this.masterKey = masterKey;
	}

	/*
	 * Each data key is re-wrapped in its own statement, with the old master key versions still
	 * present: readers never wait, and an interrupted rotation can simply be run again.
	 */
	@Override
	public Rotation rotate() {
		try {
			masterKey.rotate();
			long primary = masterKey.primaryKeyId();
			int rewrapped = 0;
			for (UUID keyScope : store.liveCaseIds()) {
				Optional<CaseKeyStore.StoredKey> stored = store.find(keyScope);
				if (stored.isEmpty() || stored.get().destroyed()) {
					continue;
				}
				byte[] previous = stored.get().wrapped();
				byte[] wrapped = keys.wrap(keyScope, keys.unwrap(keyScope, previous));
				if (store.rewrap(keyScope, previous, wrapped, primary)) {
					rewrapped++;
				}
			}
			return new Rotation(primary, rewrapped);
		}
		catch (GeneralSecurityException ex) {
			throw new VaultException("Master key rotation failed; data keys not yet re-wrapped still use the previous key", ex);
		}
	}

}
