package org.vigil.appeals.internal;

import java.time.Duration;

import org.springframework.stereotype.Component;
import org.vigil.accounts.Reauthentication;

/**
 * Approving an appeal signs it on the organisation's behalf, so the approver confirms it is them:
 * a password check within {@link #FRESH}, or the password given with the approval. The pages and
 * the API ask the same question here.
 */
@Component
class ApprovalSignature {

	/** How recent a password check must be for an approval without typing it again. */
	static final Duration FRESH = Duration.ofMinutes(5);

	private final Reauthentication reauthentication;

	ApprovalSignature(Reauthentication reauthentication) {
		this.reauthentication = reauthentication;
	}

	/** Whether an approval now would have to carry the password. */
	boolean needsPassword() {
		return !reauthentication.isRecent(FRESH);
	}

	/** @param password as given with the approval; {@code null} or empty when none was */
	boolean confirmed(String password) {
		return !needsPassword() || (password != null && !password.isEmpty() && reauthentication.confirmPassword(password.toCharArray(), "appeal-approval"));
	}

}
