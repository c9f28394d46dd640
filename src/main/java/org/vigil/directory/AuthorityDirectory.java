package org.vigil.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The directory's entries, as the drafting and dispatch of letters read them. Nothing here is
 * protected data; every signed-in user may read the directory. The stale flags follow
 * {@code vigil.directory.stale-after} on the day of the call.
 */
public interface AuthorityDirectory {

	/** The entry, retired or not (a letter may name a retired entry). */
	Optional<Authority> find(UUID id);

	/**
	 * The entries with these ids, retired or not, by id; an id not in the directory (or {@code null})
	 * has none. One read for a letter's addressees and copies.
	 */
	default Map<UUID, Authority> findAll(Collection<UUID> ids) {
		Map<UUID, Authority> found = new HashMap<>();
		ids.forEach(id -> find(id).ifPresent(entry -> found.put(id, entry)));
		return found;
	}

	/** The entries of a state (ISO 3166-1 alpha-2), retired ones left out, by kind then title. */
	List<Authority> ofCountry(String country);

	/** The entry's contact channels with their as-of dates, sources and stale flags; empty for an unknown id. */
	List<ContactChannel> channels(UUID id);

}
