package org.vigil.dispatch.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Stands in for the directory of authorities until it lands (see {@link Destinations}): it knows none. */
@Component
class NoDirectoryYet implements Destinations {

	@Override
	public Optional<Destination> of(UUID authorityId, Channel channel) {
		return Optional.empty();
	}

}
