package org.vigil.vault.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import org.vigil.vault.NewKeys;
import org.vigil.vault.VaultException;

/** New data keys made in memory for an import, stored together: see {@link NewKeys}. */
final class KeyBatch implements NewKeys {

	private final DataKeys keys;

	private final Map<UUID, DataKeys.Fresh> pending = new LinkedHashMap<>();

	KeyBatch(DataKeys keys) {
		this.keys = keys;
	}

	@Override
	public String encrypt(UUID keyScope, String recordType, UUID recordId, String field, String plaintext) {
		if (plaintext == null) {
			return null;
		}
		Aead key = pending.computeIfAbsent(keyScope, keys::fresh).aead();
		return EnvelopeFieldCipher.seal(key, keyScope, recordType, recordId, field, plaintext);
	}

	@Override
	public int pending() {
		return pending.size();
	}

	@Override
	public int store() {
		int stored = keys.storeFresh(pending.values());
		int expected = pending.size();
		pending.clear();
		if (stored != expected) {
			throw new VaultException((expected - stored) + " of " + expected
					+ " key scopes already had a data key; values encrypted for them in this batch cannot be read");
		}
		return stored;
	}

}
