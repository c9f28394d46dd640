package org.vigil.vault;

import java.util.UUID;

/** The case's data key was destroyed (crypto-shredded): its protected values are gone for good. */
public class KeyDestroyedException extends VaultException {

	private final UUID caseId;

	public KeyDestroyedException(UUID caseId) {
		super("The data key of case " + caseId + " was destroyed; its protected data is purged");
		this.caseId = caseId;
	}

	public UUID caseId() {
		return caseId;
	}

}
