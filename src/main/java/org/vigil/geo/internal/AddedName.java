package org.vigil.geo.internal;

import java.time.Instant;
import java.util.UUID;

/** A name variant an administrator added to a place (shipped or added), as kept in {@code geo_place_names}. */
public record AddedName(UUID id, String placeId, String name, String addedBy, Instant addedAt) {
}
