package org.vigil.whereabouts.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.vigil.geo.Borders;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Place;
import org.vigil.platform.Refusal;
import org.vigil.whereabouts.PlaceRef;

/**
 * Turns a place as a user gave it into the place an entry keeps: the gazetteer's entry for an id, or
 * a point with the country that holds it (from the shipped boundaries) for coordinates.
 */
@Component
class PlaceFinder {

	private final Gazetteer gazetteer;

	private final Borders borders;

	PlaceFinder(Gazetteer gazetteer, Borders borders) {
		this.gazetteer = gazetteer;
		this.borders = borders;
	}

	/**
	 * @param field the request field, for a refusal
	 * @return {@code null} for no place at all
	 * @throws org.vigil.platform.Refused when the id is unknown, or only one coordinate came
	 */
	PlaceRef find(PlaceInput input, String field) {
		if (input == null || input.isEmpty()) {
			return null;
		}
		if (input.placeId() != null && !input.placeId().isBlank()) {
			Place place = gazetteer.find(input.placeId().strip())
				.orElseThrow(() -> Refusal.onField(WhereaboutsRule.UNKNOWN_PLACE, field).toException());
			return of(place);
		}
		if (input.lat() == null || input.lon() == null) {
			throw Refusal.onField(WhereaboutsRule.PLACE_REQUIRED, field).toException();
		}
		double lat = input.lat();
		double lon = input.lon();
		String country = borders.countryAt(lat, lon).orElse(null);
		String name = input.name() == null || input.name().isBlank() ? coordinates(lat, lon) : input.name().strip();
		return new PlaceRef(null, name, null, country, lat, lon);
	}

	static PlaceRef of(Place place) {
		return new PlaceRef(place.id(), place.name(), place.admin1(), place.country(), place.lat(), place.lon());
	}

	/** "42.91° N, 129.51° E": how a point without a name is called. */
	static String coordinates(double lat, double lon) {
		return String.format(Locale.ROOT, "%.4f° %s, %.4f° %s", Math.abs(lat), lat >= 0 ? "N" : "S", Math.abs(lon), lon >= 0 ? "E" : "W");
	}

}
