package org.vigil.platform;

import java.util.List;

/**
 * Carries {@link Refusal}s out of a use case or controller that cannot go on. It is not a failure:
 * platform answers it as the refusals say (a problem for the API, a message for pages) and logs
 * nothing. Usually one refusal; several when a request is refused for more than one field at once,
 * so that the person can put all of them right in one go.
 */
public class Refused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<Refusal> refusals;

	public Refused(Refusal refusal) {
		this(List.of(refusal));
	}

	/** @param refusals at least one */
	public Refused(List<Refusal> refusals) {
		super(refusals.get(0).rule().name(), null, false, false);
		this.refusals = List.copyOf(refusals);
	}

	/** The first refusal: the one that decides the answer's status. */
	public Refusal refusal() {
		return refusals.get(0);
	}

	/** Every refusal, in the order the rules found them. */
	public List<Refusal> refusals() {
		return refusals;
	}

}
