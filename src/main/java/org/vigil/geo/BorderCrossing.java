package org.vigil.geo;

import java.util.Objects;

/**
 * A place where people are taken across a border, e.g. Tumen–Namyang between China and North Korea.
 *
 * @param id a stable id such as {@code bx:tumen-namyang}, also the crossing's place id in the gazetteer
 * @param name the crossing's usual name, Chinese (or first) side first
 * @param country one side (ISO 3166-1 alpha-2)
 * @param otherCountry the other side
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param verified whether the coordinates come from a named source (for most, the GeoNames point of
 *                 the border town beside the crossing, a few kilometres at most from it); false for
 *                 an estimate
 * @param source where the coordinates come from, in a few words
 */
public record BorderCrossing(String id, String name, String country, String otherCountry, double lat, double lon,
		boolean verified, String source) {

	public BorderCrossing {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(country, "country");
		Objects.requireNonNull(otherCountry, "otherCountry");
	}

	/** Whether this crossing leads into (or out of) the country. */
	public boolean touches(String countryCode) {
		return country.equals(countryCode) || otherCountry.equals(countryCode);
	}

}
