package org.vigil.accounts;

/** What other modules may ask about a user's second factors. */
public interface SecondFactorStatus {

	/** Whether the user has registered at least one passkey. */
	boolean hasPasskey(Viewer viewer);

}
