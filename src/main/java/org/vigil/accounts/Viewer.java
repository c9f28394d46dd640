package org.vigil.accounts;

import java.util.Set;
import java.util.UUID;

/**
 * The person behind the current request, as other modules need to know them: to decide what they
 * may see and to record who did what.
 */
public record Viewer(UUID userId, String username, Set<Role> roles, Set<UUID> teamIds) {

	public Viewer {
		roles = Set.copyOf(roles);
		teamIds = Set.copyOf(teamIds);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isMemberOf(UUID teamId) {
		return teamIds.contains(teamId);
	}

}
