package org.vigil.platform;

/**
 * Carries a {@link Refusal} out of a controller that cannot go on. It is not a failure: platform
 * answers it as the refusal says (a problem for the API, a message for pages) and logs nothing.
 */
public class Refused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Refusal refusal;

	public Refused(Refusal refusal) {
		super(refusal.rule().name(), null, false, false);
		this.refusal = refusal;
	}

	public Refusal refusal() {
		return refusal;
	}

}
