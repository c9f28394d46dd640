package org.vigil.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Looks up teams for other modules. */
public interface Teams {

	Optional<Team> find(UUID id);

	Optional<Team> findByName(String name);

	/** The team of that name, created when it does not exist yet. */
	Team findOrCreate(String name);

	/** The teams with these ids, by id. */
	Map<UUID, Team> byIds(Collection<UUID> ids);

	/** The teams the viewer belongs to, by name. */
	List<Team> of(Viewer viewer);

}
