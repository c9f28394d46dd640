package org.vigil.geo;

/**
 * One place that a text may mean, with how well it fits.
 *
 * @param place the place
 * @param score how well it fits, from 0 (not at all) to 1 (the exact name, in context)
 * @param matched the name variant of the place that the text matched, as the gazetteer writes it
 */
public record PlaceCandidate(Place place, double score, String matched) {
}
