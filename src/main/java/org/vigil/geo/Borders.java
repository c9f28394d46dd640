package org.vigil.geo;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Country boundaries (Natural Earth, 1:10m, good to about a kilometre near borders) and the
 * border crossings the gazetteer knows. Distances are geodesic, on the WGS84 ellipsoid.
 */
public interface Borders {

	/**
	 * How far the point is from the nearest point of the country's territory, in kilometres: 0
	 * inside it. Empty when Vigil has no boundary for that country code.
	 */
	OptionalDouble distanceKm(double lat, double lon, String country);

	/** The country whose territory holds the point (ISO 3166-1 alpha-2); empty at sea or unknown. */
	Optional<String> countryAt(double lat, double lon);

	/** The border crossing into or out of the country nearest to the point, with its distance. */
	Optional<CrossingDistance> nearestCrossing(double lat, double lon, String country);

	/** The crossings into or out of the country. */
	List<BorderCrossing> crossings(String country);

	/** Whether Vigil has a boundary for the country code. */
	boolean knows(String country);

	/** A border crossing and how far it is from the point asked about. */
	record CrossingDistance(BorderCrossing crossing, double km) {
	}

}
