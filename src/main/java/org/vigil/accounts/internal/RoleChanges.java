package org.vigil.accounts.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Role;
import org.vigil.platform.Refusal;

/**
 * Giving a user a new set of roles (at least one). Their sessions end, since they carry the old
 * roles. An administrator cannot take the administrator role from themselves, so that no one locks
 * the organisation out of its own administration by a slip.
 */
@Service
@Transactional
class RoleChanges {

	/** A change of a user's roles, as the audit log keeps it. */
	record RoleChange(UUID userId, Set<Role> before, Set<Role> after) {
	}

	private final UserAccountRepository users;

	RoleChanges(UserAccountRepository users) {
		this.users = users;
	}

	RoleChange changeRoles(String actor, String username, Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw Refusal.onField(AccountRule.ROLES_EMPTIED, "roles").toException();
		}
		UserAccount user = users.existing(username);
		if (user.username().equalsIgnoreCase(actor) && user.roles().contains(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)) {
			throw Refusal.onField(AccountRule.OWN_ADMINISTRATOR_ROLE, "roles").toException();
		}
		Set<Role> before = user.roles();
		user.changeRoles(roles, Instant.now());
		users.save(user);
		return new RoleChange(user.id(), before, Set.copyOf(roles));
	}

}
