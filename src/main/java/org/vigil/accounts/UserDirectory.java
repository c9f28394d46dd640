package org.vigil.accounts;

import java.util.Optional;
import java.util.UUID;

/** Finds users by name, for modules that refer to a colleague (e.g. sharing a case). */
public interface UserDirectory {

	/** The id of the enabled user with that name (case-insensitive). */
	Optional<UUID> findEnabledUser(String username);

}
