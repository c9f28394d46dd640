package org.vigil.vault.internal;

import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.vigil.vault.CaseKeys;
import org.vigil.vault.MasterKeyRotation;
import org.vigil.vault.ShredOutcome;
import org.vigil.vault.VaultException;

/** Shredding, legal holds and master key rotation over the cases' data keys. */
@Service
class CaseKeyService implements CaseKeys, MasterKeyRotation {

	private final CaseKeyStore store;

	private final DataKeys keys;

	private final MasterKey masterKey;

	private final ShredRegister register;

	CaseKeyService(CaseKeyStore store, DataKeys keys, MasterKey masterKey, ShredRegister register) {
		this.store = store;
		this.keys = keys;
		this.masterKey = masterKey;
		this.register = register;
	}

	@Override
	public ShredOutcome shred(UUID caseId) {
		Optional<CaseKeyStore.StoredKey> stored = store.find(caseId);
		if (stored.isEmpty()) {
			store.insertDestroyed(caseId);
		}
		else if (!store.destroy(caseId)) {
			// Not destroyed now: either it was before, or a hold forbids it (checked after the update, so a hold set meanwhile counts).
			CaseKeyStore.StoredKey now = store.find(caseId).orElseThrow();
			if (!now.destroyed()) {
				return ShredOutcome.REFUSED_LEGAL_HOLD;
			}
			register.add(caseId);
			keys.forget(caseId);
			return ShredOutcome.ALREADY_SHREDDED;
		}
		register.add(caseId);
		keys.forget(caseId);
		return ShredOutcome.SHREDDED;
	}

	@Override
	public void setLegalHold(UUID caseId, boolean hold) {
		if (isShredded(caseId)) {
			throw new VaultException("Case " + caseId + " was shredded; there is nothing left to hold");
		}
		if (store.find(caseId).isEmpty()) {
			keys.forEncryption(caseId);
		}
		store.setLegalHold(caseId, hold);
	}

	@Override
	public boolean isUnderLegalHold(UUID caseId) {
		return store.find(caseId).map(CaseKeyStore.StoredKey::legalHold).orElse(false);
	}

	@Override
	public boolean isShredded(UUID caseId) {
		return register.contains(caseId) || store.find(caseId).map(CaseKeyStore.StoredKey::destroyed).orElse(false);
	}

	@Override
	public int reapplyShreds() {
		int destroyed = 0;
		for (UUID caseId : register.all()) {
			if (!store.find(caseId).map(CaseKeyStore.StoredKey::destroyed).orElse(false)) {
				store.forceDestroy(caseId);
				keys.forget(caseId);
				destroyed++;
			}
		}
		return destroyed;
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
			for (UUID caseId : store.liveCaseIds()) {
				Optional<CaseKeyStore.StoredKey> stored = store.find(caseId);
				if (stored.isEmpty() || stored.get().destroyed()) {
					continue;
				}
				byte[] previous = stored.get().wrapped();
				byte[] wrapped = keys.wrap(caseId, keys.unwrap(caseId, previous));
				if (store.rewrap(caseId, previous, wrapped, primary)) {
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
