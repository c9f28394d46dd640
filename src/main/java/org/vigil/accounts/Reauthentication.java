package org.vigil.accounts;

import java.time.Duration;

/**
 * Asks the signed-in person to prove again that they are who the session says, before something
 * sensitive (revealing an identity). A password check or a second factor counts.
 */
public interface Reauthentication {

	/** Whether the current user proved who they are within {@code window}. */
	boolean isRecent(Duration window);

	/** Checks the current user's password; on success the check counts as recent. */
	boolean confirmPassword(char[] password);

}
