package org.vigil.accounts;

import java.util.UUID;

/**
 * Whether a user can read identities anywhere. The cases module answers it (it keeps the identity
 * permission per case); accounts asks it at sign-in, because whoever can read identities must
 * sign in with a passkey, as administrators must.
 */
public interface IdentityPermissions {

	/** Whether the user holds the identity permission on at least one case, now. */
	boolean holdsAny(UUID userId);

}
