package org.vigil.geo.internal;

import java.util.List;
import java.util.Set;

import org.vigil.geo.PlaceResolution;

/** The shipped gazetteer and boundaries, read once for all the plain tests of a test run. */
final class ShippedGeo {

	private static GeoData data;

	private static Resolver resolver;

	private ShippedGeo() {
	}

	static synchronized GeoData data() {
		if (data == null) {
			data = new GeoData();
			resolver = new Resolver(data.get().countries());
		}
		return data;
	}

	static PlaceResolution resolve(String text, String country) {
		GeoData loaded = data();
		return resolver.resolve(text, country, new Resolver.Indexes(List.of(loaded.get().places()), Set.of()));
	}

	static CountryBorders borders() {
		return new CountryBorders(data());
	}

}
