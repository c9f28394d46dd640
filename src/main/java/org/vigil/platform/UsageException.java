package org.vigil.platform;

/** Thrown by a {@link Command} when its arguments are wrong; the message says how to fix them. */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}

}
