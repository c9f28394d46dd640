package org.vigil.platform;

/**
 * Thrown by a {@link Command} when its arguments are wrong in a way the parser cannot see (an
 * unknown role, a password missing from standard input); the message says how to fix them. The
 * launcher prints it with the command's usage and exits with code 2.
 */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}

}
