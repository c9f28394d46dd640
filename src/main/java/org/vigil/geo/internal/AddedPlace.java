package org.vigil.geo.internal;

import java.time.Instant;
import java.util.UUID;

import org.vigil.geo.PlaceKind;

/**
 * A place an administrator added, as kept in {@code geo_places}.
 *
 * @param within the gazetteer id of its division ({@code ne:CN-JL}), or {@code null}
 * @param replaces the gazetteer id of a shipped place it stands in for, or {@code null}
 */
public record AddedPlace(UUID id, String name, PlaceKind kind, String country, String within, double lat, double lon,
		String replaces, String note, String addedBy, Instant addedAt, long version) {

	/** The place's id in the gazetteer. */
	public String placeId() {
		return "db:" + id;
	}

}
