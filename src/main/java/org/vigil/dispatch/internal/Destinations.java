package org.vigil.dispatch.internal;

import java.util.Optional;
import java.util.UUID;

/**
 * The port to the directory of authorities: the destination of an authority on a channel.
 *
 * <p>TODO(directory): the directory module (authorities with contact channels, each with an as-of
 * date) is not on this branch. When it lands, an adapter implementing this interface answers from
 * it and replaces {@link NoDirectoryYet}. Until then a dispatch names its destinations itself
 * ({@code to}, {@code name}) and {@code authorityId} alone is refused as unknown.
 */
interface Destinations {

	/** The authority's destination on the channel, or empty when it has none or is not known. */
	Optional<Destination> of(UUID authorityId, Channel channel);

}
