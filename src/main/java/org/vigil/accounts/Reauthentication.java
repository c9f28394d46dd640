package org.vigil.accounts;

import java.time.Duration;

/**
 * Asks the signed-in person to prove again that they are who the session says, before something
 * sensitive: revealing identities, signing an appeal, removing a passkey, downloading an export.
 * A password check or a second factor counts.
 *
 * <p>Every place that checks a password after sign-in goes through {@link #confirmPassword}: a
 * wrong password there counts towards the same lockout as a wrong password at sign-in (5 in a
 * row lock the account for 15 minutes), so that a stolen session or API token cannot be used to
 * guess the password without limit. Each check is in the audit log.
 */
public interface Reauthentication {

	/** Whether the current user proved who they are within {@code window}. */
	boolean isRecent(Duration window);

	/**
	 * Checks the current user's password; on success the check counts as recent. A wrong password
	 * counts towards the sign-in lockout; while the account is locked, even the right password is
	 * refused. Both answer {@code false}, the same way and after the same work, so that a caller
	 * cannot tell a locked account from a wrong guess.
	 * @param password what the user typed; wiped before this returns
	 * @param purpose what the check is for, as the audit log names it ({@code reveal},
	 *                {@code appeal-approval}, {@code passkey-removal}, {@code export-download})
	 */
	boolean confirmPassword(char[] password, String purpose);

}
