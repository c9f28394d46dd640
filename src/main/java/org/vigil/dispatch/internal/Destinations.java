package org.vigil.dispatch.internal;

import java.util.Optional;
import java.util.UUID;

/**
 * The port to the directory of authorities: the destination of an authority on a channel.
 *
 * <p>{@link DirectoryDestinations} answers from the directory of authorities; a dispatch may also
 * name a destination itself ({@code to}, {@code name}), for an address the directory does not hold.
 */
interface Destinations {

	/** The authority's destination on the channel, or empty when it has none or is not known. */
	Optional<Destination> of(UUID authorityId, Channel channel);

}
