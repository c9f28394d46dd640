package org.vigil.accounts.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.vigil.accounts.IdentityPermissions;
import org.vigil.accounts.Role;

/**
 * Who must sign in with a passkey: administrators, and whoever holds the identity permission on
 * any case. A code from an authenticator app can be phished; a passkey cannot. Until such a user
 * has registered a passkey, a code lets them in but reaches neither the administration pages nor
 * any identity; once they have one, a code is no longer accepted at sign-in (a recovery code
 * still is, for a lost device, but it reaches no more than a code would).
 */
@Component
class PasskeyRule {

	private final Passkeys passkeys;

	private final ObjectProvider<IdentityPermissions> identityPermissions;

	PasskeyRule(Passkeys passkeys, ObjectProvider<IdentityPermissions> identityPermissions) {
		this.passkeys = passkeys;
		this.identityPermissions = identityPermissions;
	}

	/** Whether this user's sign-ins must be completed with a passkey. */
	boolean required(VigilPrincipal user) {
		boolean administrator = user.getAuthorities().stream().anyMatch(a -> Role.ADMINISTRATOR.authority().equals(a.getAuthority()));
		if (administrator) {
			return true;
		}
		IdentityPermissions permissions = identityPermissions.getIfAvailable();
		return permissions != null && permissions.holdsAny(user.userId());
	}

	/** Whether the user must use a passkey and has one: then a code does not complete the sign-in. */
	boolean passkeyOnly(VigilPrincipal user) {
		return required(user) && passkeys.registered(user.getUsername());
	}

	/** Whether the user must use a passkey and has none yet: they are sent to register one. */
	boolean owed(VigilPrincipal user) {
		return required(user) && !passkeys.registered(user.getUsername());
	}

}
