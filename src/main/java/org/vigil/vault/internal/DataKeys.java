package org.vigil.vault.internal;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.springframework.stereotype.Component;
import org.vigil.vault.KeyDestroyedException;
import org.vigil.vault.VaultException;

/**
 * Hands out each key scope's data key as a ready AEAD: created and wrapped on first use, unwrapped with
 * the master key on later uses, and kept for a while in a small LRU cache because unwrapping costs
 * a database read and a decryption per field otherwise.
 */
@Component
class DataKeys {

	private final CaseKeyStore store;

	private final MasterKey masterKey;

	private final ShredRegister register;

	private final VaultProperties properties;

	private final Clock clock = Clock.systemUTC();

	private final Map<UUID, Cached> cache;

	DataKeys(CaseKeyStore store, MasterKey masterKey, ShredRegister register, VaultProperties properties) {
		this.store = store;
		this.masterKey = masterKey;
		this.register = register;
		this.properties = properties;
		this.cache = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<UUID, Cached> eldest) {
				return size() > properties.cachedKeys();
			}
		};
	}

	/** The key scope's key, created if it has none yet. */
	Aead forEncryption(UUID keyScope) {
		return cached(keyScope).orElseGet(() -> load(keyScope, true));
	}

	/** The key scope's key; a key scope that never had one cannot have ciphertexts either. */
	Aead forDecryption(UUID keyScope) {
		return cached(keyScope).orElseGet(() -> load(keyScope, false));
	}

	void forget(UUID keyScope) {
		synchronized (cache) {
			cache.remove(keyScope);
		}
	}

	void forgetAll() {
		synchronized (cache) {
			cache.clear();
		}
	}

	/** Wraps a data keyset with the current primary master key, bound to its key scope. */
	byte[] wrap(UUID keyScope, KeysetHandle dataKey) throws GeneralSecurityException {
		return TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, masterKey.aead(), AssociatedData.forCaseKey(keyScope));
	}

	KeysetHandle unwrap(UUID keyScope, byte[] wrapped) throws GeneralSecurityException {
		try {
			return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, masterKey.aead(), AssociatedData.forCaseKey(keyScope));
		}
		catch (GeneralSecurityException ex) {
			// Another node or the shell may have rotated the master key: read the file again, once.
			masterKey.reload();
			return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, masterKey.aead(), AssociatedData.forCaseKey(keyScope));
		}
	}

	private Optional<Aead> cached(UUID keyScope) {
		synchronized (cache) {
			Cached entry = cache.get(keyScope);
			if (entry == null || entry.loadedAt().plus(properties.cacheTime()).isBefore(clock.instant())) {
				return Optional.empty();
			}
			return Optional.of(entry.aead());
		}
	}

	private Aead load(UUID keyScope, boolean create) {
		if (register.contains(keyScope)) {
			throw new KeyDestroyedException(keyScope);
		}
		try {
			Optional<CaseKeyStore.StoredKey> stored = store.find(keyScope);
			if (stored.isEmpty() && create) {
				KeysetHandle fresh = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
				store.insertIfAbsent(keyScope, wrap(keyScope, fresh), masterKey.primaryKeyId());
				stored = store.find(keyScope);
			}
			CaseKeyStore.StoredKey key = stored.orElseThrow(() -> new VaultException(keyScope + " has no data key"));
			if (key.destroyed()) {
				throw new KeyDestroyedException(keyScope);
			}
			Aead aead = unwrap(keyScope, key.wrapped()).getPrimitive(RegistryConfiguration.get(), Aead.class);
			synchronized (cache) {
				cache.put(keyScope, new Cached(aead, clock.instant()));
			}
			return aead;
		}
		catch (GeneralSecurityException ex) {
			throw new VaultException("The data key of " + keyScope + " cannot be unwrapped with the master key", ex);
		}
	}

	private record Cached(Aead aead, Instant loadedAt) {
	}

	/** A data key made in memory and wrapped, not stored yet (see {@link KeyBatch}). */
	record Fresh(UUID keyScope, Aead aead, byte[] wrapped, long masterKeyId) {
	}

	/** Makes and wraps a new key for {@code keyScope} without storing it; refuses a shredded id. */
	Fresh fresh(UUID keyScope) {
		if (register.contains(keyScope)) {
			throw new KeyDestroyedException(keyScope);
		}
		try {
			KeysetHandle key = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
			return new Fresh(keyScope, key.getPrimitive(RegistryConfiguration.get(), Aead.class), wrap(keyScope, key),
					masterKey.primaryKeyId());
		}
		catch (GeneralSecurityException ex) {
			throw new VaultException("Could not make a data key", ex);
		}
	}

	/** Stores fresh keys in one batch, none over an existing one; answers how many were stored. */
	int storeFresh(java.util.Collection<Fresh> fresh) {
		return store.insertAllIfAbsent(fresh.stream()
			.map(f -> new CaseKeyStore.NewKey(f.keyScope(), f.wrapped(), f.masterKeyId()))
			.toList());
	}

}
