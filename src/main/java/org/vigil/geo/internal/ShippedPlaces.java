package org.vigil.geo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

import org.vigil.geo.BorderCrossing;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceKind;

/**
 * Reads the gazetteer shipped inside Vigil (see {@code geo/SOURCES.md}): GeoNames places, Natural
 * Earth divisions, the curated places, variants and border crossings, and the countries.
 */
final class ShippedPlaces {

	static final String PLACES = "geo/places.tsv.gz";

	static final String ADMIN1 = "geo/admin1.tsv.gz";

	static final String CURATED_PLACES = "geo/curated/places.tsv";

	static final String CURATED_NAMES = "geo/curated/names.tsv";

	static final String CROSSINGS = "geo/curated/crossings.tsv";

	/** A division counts like a city of about 100 000: "Chiang Mai" means the city before the province. */
	private static final double ADMIN1_IMPORTANCE = 0.65;

	private static final double COUNTRY_IMPORTANCE = 0.95;

	private static final double CROSSING_IMPORTANCE = 0.55;

	private static final double CURATED_IMPORTANCE = 0.6;

	/** Everything shipped, ready to index. */
	record Contents(List<IndexedPlace> places, List<BorderCrossing> crossings) {
	}

	/** Where a country's name is placed on a map: a point inside it. */
	interface LabelPoints {

		/** {lat, lon} of a point inside the country, or {@code null}. */
		double[] of(String country);

	}

	private ShippedPlaces() {
	}

	static Contents read(ClassLoader loader, CountryNames countries, LabelPoints labels) {
		// The same spelling (a variant shared by neighbours, "San Antonio" 42 times) is held once.
		Map<String, String> spellings = new HashMap<>(400_000);
		UnaryOperator<String> once = name -> spellings.computeIfAbsent(name, n -> n);
		Map<String, List<String>> extraNames = new HashMap<>();
		lines(loader, CURATED_NAMES, false, f -> extraNames.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]));

		Map<String, Place> admin1 = new LinkedHashMap<>();
		Map<String, List<String>> admin1Names = new HashMap<>();
		lines(loader, ADMIN1, true, f -> {
			// iso3166_2, country, name, lat, lon, type, variants
			String id = "ne:" + f[0];
			admin1.put(id, new Place(id, f[2], PlaceKind.ADMIN1, f[1], null, Double.parseDouble(f[3]), Double.parseDouble(f[4]), 0, true));
			admin1Names.put(id, names(f[2], f[6], once));
		});

		List<IndexedPlace> places = new ArrayList<>(150_000);
		admin1.forEach((id, place) -> places.add(new IndexedPlace(place, with(admin1Names.get(id), extraNames.get(id)), null,
				ADMIN1_IMPORTANCE, false)));

		lines(loader, PLACES, true, f -> {
			// geonameid, name, ascii, country, admin1_iso, admin1_name, lat, lon, feature, population, variants
			// The 140 000 places share their countries' codes, their divisions' ids and names, and
			// (in the ASCII column) mostly their own name: each is held once, not once a place.
			String id = "gn:" + f[0];
			Place division = f[4].isEmpty() ? null : admin1.get("ne:" + f[4]);
			String admin1Name = division != null ? division.name() : f[5].isEmpty() ? null : f[5].intern();
			long population = f[9].isEmpty() ? 0 : Long.parseLong(f[9]);
			String name = once.apply(f[1]);
			Place place = new Place(id, name, PlaceKind.CITY, f[3].intern(), admin1Name, Double.parseDouble(f[6]),
					Double.parseDouble(f[7]), population, true);
			List<String> names = names(name, f[10], once);
			if (!f[2].isEmpty()) {
				names.add(1, once.apply(f[2]));
			}
			places.add(new IndexedPlace(place, with(names, extraNames.get(id)), division == null ? null : division.id(),
					IndexedPlace.importance(population, f[8]), false));
		});

		lines(loader, CURATED_PLACES, false, f -> {
			// id, name, kind, country, admin1_iso, lat, lon, verified, source, variants
			String within = f[4].isEmpty() ? null : "ne:" + f[4];
			Place division = within == null ? null : admin1.get(within);
			Place place = new Place(f[0], f[1], PlaceKind.ofCode(f[2]), f[3], division == null ? null : division.name(),
					Double.parseDouble(f[5]), Double.parseDouble(f[6]), 0, "yes".equals(f[7]));
			places.add(new IndexedPlace(place, with(names(f[1], f[9], once), extraNames.get(f[0])), within, CURATED_IMPORTANCE, false));
		});

		List<BorderCrossing> crossings = new ArrayList<>();
		lines(loader, CROSSINGS, false, f -> {
			// id, name, country, other_country, lat, lon, verified, source, variants
			BorderCrossing crossing = new BorderCrossing(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
					"yes".equals(f[6]), f[7]);
			crossings.add(crossing);
			Place place = new Place(f[0], f[1], PlaceKind.OTHER, f[2], null, crossing.lat(), crossing.lon(), 0, crossing.verified());
			places.add(new IndexedPlace(place, names(f[1], f[8], once), null, CROSSING_IMPORTANCE, false));
		});

		for (String code : countries.codes()) {
			double[] point = labels.of(code);
			if (point != null) {
				Place place = new Place("cc:" + code, countries.englishName(code), PlaceKind.OTHER, code, null, point[0], point[1], 0,
						true);
				places.add(new IndexedPlace(place, countries.namesOf(code), null, COUNTRY_IMPORTANCE, false));
			}
		}
		return new Contents(places, crossings);
	}

	private static List<String> names(String name, String variants, UnaryOperator<String> once) {
		List<String> names = new ArrayList<>();
		names.add(name);
		if (variants != null && !variants.isEmpty()) {
			for (String variant : variants.split("\\|")) {
				names.add(once.apply(variant));
			}
		}
		return names;
	}

	private static List<String> with(List<String> names, List<String> extra) {
		if (extra == null) {
			return names;
		}
		List<String> all = new ArrayList<>(names);
		all.addAll(extra);
		return all;
	}

	private static void lines(ClassLoader loader, String resource, boolean gzipped, Consumer<String[]> row) {
		try (InputStream raw = loader.getResourceAsStream(resource)) {
			if (raw == null) {
				throw new IllegalStateException("The gazetteer resource " + resource + " is missing from the application");
			}
			InputStream in = gzipped ? new GZIPInputStream(raw, 1 << 16) : raw;
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isEmpty() && line.charAt(0) != '#') {
					row.accept(line.split("\t", -1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + resource, ex);
		}
	}

}
