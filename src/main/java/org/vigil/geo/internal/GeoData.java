package org.vigil.geo.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.vigil.geo.BorderCrossing;

/**
 * The shipped boundaries and gazetteer, read and indexed once, in the background from start-up:
 * the server answers other requests meanwhile, and the first question about places waits until
 * they are ready (a second or two).
 */
@Component
class GeoData {

	private static final Logger log = LoggerFactory.getLogger(GeoData.class);

	/** Everything read from the shipped resources. */
	record Loaded(Boundaries boundaries, PlaceIndex places, List<BorderCrossing> crossings, CountryNames countries) {
	}

	private final CompletableFuture<Loaded> loaded;

	GeoData() {
		ClassLoader loader = GeoData.class.getClassLoader();
		loaded = CompletableFuture.supplyAsync(() -> load(loader));
	}

	static Loaded load(ClassLoader loader) {
		long started = System.nanoTime();
		Boundaries boundaries = Boundaries.read(loader);
		CountryNames countries = new CountryNames();
		ShippedPlaces.Contents contents = ShippedPlaces.read(loader, countries,
				code -> boundaries.country(code).map(CountryBoundary::labelPoint).orElse(null));
		PlaceIndex places = new PlaceIndex(contents.places());
		log.info("Gazetteer ready: {} places, {} names, {} border crossings, boundaries of {} countries, in {} ms", places.size(),
				places.nameCount(), contents.crossings().size(), countries.codes().size(),
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		return new Loaded(boundaries, places, List.copyOf(contents.crossings()), countries);
	}

	Loaded get() {
		return loaded.join();
	}

}
