package org.vigil.platform;

/**
 * A record that does not exist or that the viewer may not see. Both answer the same way (404),
 * so that nobody learns that a case they may not see exists.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
