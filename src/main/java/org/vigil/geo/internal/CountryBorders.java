package org.vigil.geo.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.springframework.stereotype.Service;
import org.vigil.geo.BorderCrossing;
import org.vigil.geo.Borders;

/** {@link Borders} on the shipped Natural Earth boundaries and the curated crossings. */
@Service
class CountryBorders implements Borders {

	private final GeoData data;

	CountryBorders(GeoData data) {
		this.data = data;
	}

	@Override
	public OptionalDouble distanceKm(double lat, double lon, String country) {
		if (!GeoCoordinates.valid(lat, lon)) {
			return OptionalDouble.empty();
		}
		return data.get().boundaries().country(country).map(c -> OptionalDouble.of(c.distanceKm(lat, lon))).orElse(OptionalDouble.empty());
	}

	@Override
	public Optional<String> countryAt(double lat, double lon) {
		if (!GeoCoordinates.valid(lat, lon)) {
			return Optional.empty();
		}
		return data.get().boundaries().at(lat, lon).map(CountryBoundary::code);
	}

	@Override
	public Optional<CrossingDistance> nearestCrossing(double lat, double lon, String country) {
		if (!GeoCoordinates.valid(lat, lon)) {
			return Optional.empty();
		}
		return crossings(country).stream()
			.map(c -> new CrossingDistance(c, Geodesic.WGS84.Inverse(lat, lon, c.lat(), c.lon(), GeodesicMask.DISTANCE).s12 / 1000))
			.min(Comparator.comparingDouble(CrossingDistance::km));
	}

	@Override
	public List<BorderCrossing> crossings(String country) {
		return data.get().crossings().stream().filter(c -> c.touches(country)).toList();
	}

	@Override
	public boolean knows(String country) {
		return data.get().boundaries().country(country).isPresent();
	}

}
