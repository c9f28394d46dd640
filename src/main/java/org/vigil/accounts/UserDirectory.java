package org.vigil.accounts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Finds users by name, for modules that refer to a colleague (e.g. sharing a case). */
public interface UserDirectory {

	/** The id of the enabled user with that name (case-insensitive). */
	Optional<UUID> findEnabledUser(String username);

	/** The names of these users, by id; an id of no user is left out. */
	Map<UUID, String> usernames(Collection<UUID> userIds);

	/**
	 * The enabled user with that name as a {@link Viewer} — who they are, their roles and teams — for
	 * work done on their behalf outside a request of theirs (the sample case they are to open).
	 */
	Optional<Viewer> viewerNamed(String username);

	/** The enabled administrator created first, as a {@link Viewer}; empty while there is none. */
	Optional<Viewer> firstAdministrator();

}
