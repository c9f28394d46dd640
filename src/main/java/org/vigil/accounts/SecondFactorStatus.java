package org.vigil.accounts;

/** What other modules may ask about a user's second factors. */
public interface SecondFactorStatus {

	/** Whether the user has registered at least one passkey. */
	boolean hasPasskey(Viewer viewer);

	/**
	 * Whether the current request's sign-in was completed with the viewer's passkey. A request with
	 * a personal API token counts when the viewer has a passkey: the token is issued by an operator
	 * on the server, never through a page that could be phished.
	 */
	boolean signedInWithPasskey(Viewer viewer);

}
