package org.vigil.accounts.internal;

import java.util.List;

/** A request about accounts that cannot be carried out, with the reasons a person can act on. */
class AccountRejected extends RuntimeException {

	private final List<String> reasons;

	AccountRejected(List<String> reasons) {
		super(String.join(" ", reasons));
		this.reasons = List.copyOf(reasons);
	}

	AccountRejected(String reason) {
		this(List.of(reason));
	}

	List<String> reasons() {
		return reasons;
	}

}
