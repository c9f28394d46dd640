package org.vigil.vault;

/**
 * A protected value could not be encrypted or decrypted. Messages never contain plaintext,
 * ciphertext or key material, so they are safe to log.
 */
public class VaultException extends RuntimeException {

	public VaultException(String message) {
		super(message);
	}

	public VaultException(String message, Throwable cause) {
		super(message, cause);
	}

}
