package org.vigil.geo.internal;

import java.util.Optional;

import org.vigil.platform.Refusal;

/** The range of coordinates Vigil accepts: latitude −90 to 90, longitude −180 to 180, both finite. */
final class GeoCoordinates {

	private GeoCoordinates() {
	}

	/** A coordinate as typed (a point or a comma before the decimals), or {@code null} when it is no number. */
	static Double parse(String text) {
		if (text == null || text.isBlank() || text.length() > 32) {
			return null;
		}
		try {
			return Double.valueOf(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static boolean valid(double lat, double lon) {
		return Double.isFinite(lat) && Double.isFinite(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
	}

	static Optional<Refusal> checkLatitude(String field, Double lat) {
		return lat == null || !Double.isFinite(lat) || lat < -90 || lat > 90
				? Optional.of(Refusal.onField(GeoRule.COORDINATE_OUT_OF_RANGE, field, -90, 90))
				: Optional.empty();
	}

	static Optional<Refusal> checkLongitude(String field, Double lon) {
		return lon == null || !Double.isFinite(lon) || lon < -180 || lon > 180
				? Optional.of(Refusal.onField(GeoRule.COORDINATE_OUT_OF_RANGE, field, -180, 180))
				: Optional.empty();
	}

}
