package org.vigil.cases.internal;

/** A request about a case that cannot be carried out: which field, and why. */
class CaseRejected extends RuntimeException {

	private final String field;

	CaseRejected(String field, String reason) {
		super(reason);
		this.field = field;
	}

	String field() {
		return field;
	}

}
