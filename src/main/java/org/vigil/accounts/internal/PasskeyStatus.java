package org.vigil.accounts.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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

	@Override
	public boolean signedInWithPasskey(Viewer viewer) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !viewer.username().equals(authentication.getName())) {
			return false;
		}
		if (SignInFactors.has(authentication, SignInFactors.WEBAUTHN)) {
			return true;
		}
		return SignInFactors.has(authentication, SignInFactors.BEARER) && hasPasskey(viewer);
	}

}
