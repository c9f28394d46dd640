package org.vigil.vault.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.vigil.vault.CaseKeys;
import org.vigil.vault.ShredOutcome;
import org.vigil.vault.VaultException;

/**
 * Crypto-shredding: destroys a key scope's data key (unless a legal hold forbids it), keeps the
 * register of destroyed keys outside the database, and destroys them again after a restore.
 */
@Service
class KeyShredding implements CaseKeys {

	private final CaseKeyStore store;

	private final DataKeys keys;

	private final ShredRegister register;

	KeyShredding(CaseKeyStore store, DataKeys keys, ShredRegister register) {
		this.store = store;
		this.keys = keys;
		this.register = register;
	}

	@Override
	public ShredOutcome shred(UUID keyScope) {
		Optional<CaseKeyStore.StoredKey> stored = store.find(keyScope);
		if (stored.isEmpty()) {
			store.insertDestroyed(keyScope);
		}
		else if (!store.destroy(keyScope)) {
			// Not destroyed now: either it was before, or a hold forbids it (checked after the update, so a hold set meanwhile counts).
			CaseKeyStore.StoredKey now = store.find(keyScope).orElseThrow();
			if (!now.destroyed()) {
				return ShredOutcome.REFUSED_LEGAL_HOLD;
			}
			forget(keyScope);
			return ShredOutcome.ALREADY_SHREDDED;
		}
		forget(keyScope);
		return ShredOutcome.SHREDDED;
	}

	@Override
	public void setLegalHold(UUID keyScope, boolean hold) {
		if (isShredded(keyScope)) {
			throw new VaultException("The key of " + keyScope + " was shredded; there is nothing left to hold");
		}
		if (store.find(keyScope).isEmpty()) {
			keys.forEncryption(keyScope);
		}
		store.setLegalHold(keyScope, hold);
	}

	@Override
	public boolean isUnderLegalHold(UUID keyScope) {
		return store.find(keyScope).map(CaseKeyStore.StoredKey::legalHold).orElse(false);
	}

	@Override
	public boolean isShredded(UUID keyScope) {
		return register.contains(keyScope) || store.find(keyScope).map(CaseKeyStore.StoredKey::destroyed).orElse(false);
	}

	@Override
	public Set<UUID> shredded(Collection<UUID> keyScopes) {
		Set<UUID> shredded = new HashSet<>(store.destroyedAmong(keyScopes));
		keyScopes.stream().filter(register::contains).forEach(shredded::add);
		return shredded;
	}

	@Override
	public int reapplyShreds() {
		int destroyed = 0;
		for (UUID keyScope : register.all()) {
			if (!store.find(keyScope).map(CaseKeyStore.StoredKey::destroyed).orElse(false)) {
				store.forceDestroy(keyScope);
				keys.forget(keyScope);
				destroyed++;
			}
		}
		return destroyed;
	}

	/** The key is gone: remembered outside the database, and out of the cache. */
	private void forget(UUID keyScope) {
		register.add(keyScope);
		keys.forget(keyScope);
	}

}
