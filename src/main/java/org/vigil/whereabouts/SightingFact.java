package org.vigil.whereabouts;

import java.time.LocalDate;
import java.util.UUID;

import org.vigil.cases.Reliability;

/**
 * A person (or group) seen at a place. Only sightings that are case data — never where a person in
 * hiding is, which stays sealed.
 *
 * @param sourceReliability the reliability of the source that reported it, {@code null} if none is named
 */
public record SightingFact(UUID entryId, UUID personId, String personLabel, PlaceRef place, FuzzyDate seen,
		Reliability sourceReliability, LocalDate reportedOn) {
}
