package org.vigil.vault;

import java.util.UUID;

/**
 * The data key of a {@linkplain KeyScope key scope} was destroyed (crypto-shredded): the values it
 * sealed are gone for good.
 */
public class KeyDestroyedException extends VaultException {

	private final UUID keyScope;

	public KeyDestroyedException(UUID keyScope) {
		super("The data key of " + keyScope + " was destroyed; what it sealed is purged");
		this.keyScope = keyScope;
	}

	/** The case or person whose key was destroyed. */
	public UUID keyScope() {
		return keyScope;
	}

}
