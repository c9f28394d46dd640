package org.vigil.accounts;

import java.util.Set;
import java.util.UUID;

/**
 * A user account was created — by first-run setup, an administrator or the {@code admin} command.
 * Published inside the creating transaction; carries no password or secret.
 */
public record UserCreated(UUID userId, String username, Set<Role> roles, Set<UUID> teamIds) {

	public UserCreated {
		roles = Set.copyOf(roles);
		teamIds = Set.copyOf(teamIds);
	}

	/** The new user as a viewer, for work done on their behalf. */
	public Viewer asViewer() {
		return new Viewer(userId, username, roles, teamIds);
	}

}
