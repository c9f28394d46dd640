package org.vigil.accounts.internal;

import org.springframework.stereotype.Component;
import org.vigil.accounts.SecondFactorStatus;
import org.vigil.accounts.Viewer;

@Component
class PasskeyStatus implements SecondFactorStatus {

	private final Passkeys passkeys;

	PasskeyStatus(Passkeys passkeys) {
		this.passkeys = passkeys;
	}

	@Override
	public boolean hasPasskey(Viewer viewer) {
		return passkeys.registered(viewer.username());
	}

}
