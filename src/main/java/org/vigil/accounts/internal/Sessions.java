package org.vigil.accounts.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;

/**
 * Whether a signed-in session still stands (a role change or "revoke everything" ends every
 * session begun before it), and who its viewer is now.
 */
@Service
@Transactional(readOnly = true)
class Sessions {

	private final UserAccountRepository users;

	Sessions(UserAccountRepository users) {
		this.users = users;
	}

	boolean stillValid(UUID userId, Instant signedInAt) {
		return users.findById(userId).filter(u -> u.acceptsSessionFrom(signedInAt)).isPresent();
	}

	Optional<Viewer> viewer(UUID userId) {
		return users.findById(userId).map(u -> new Viewer(u.id(), u.username(), u.roles(), u.teamIds()));
	}

}
