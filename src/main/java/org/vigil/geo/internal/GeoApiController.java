package org.vigil.geo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.geo.BorderCrossing;
import org.vigil.geo.Borders;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceCandidate;
import org.vigil.geo.PlaceResolution;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.validation.CountryCode;

/**
 * The places API: resolving written place names, distances to a country's border, the nearest
 * crossing, and the map data the pages draw (no tile server: everything comes from here).
 */
@RestController
class GeoApiController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	/** One candidate of a resolution; {@code clearlyBest} is true only on the first, when it is. */
	record CandidateAnswer(String id, String name, String country, String admin1, double lat, double lon, double score, String kind,
			String matched, boolean verified, boolean clearlyBest) {

		static CandidateAnswer of(PlaceCandidate c, boolean clearlyBest) {
			Place p = c.place();
			return new CandidateAnswer(p.id(), p.name(), p.country(), p.admin1(), p.lat(), p.lon(), c.score(), p.kind().code(), c.matched(),
					p.verified(), clearlyBest);
		}

	}

	record PlaceAnswer(String id, String name, String country, String admin1, double lat, double lon, String kind, long population,
			boolean verified, List<String> names) {
	}

	record CrossingAnswer(String id, String name, String country, String otherCountry, double lat, double lon, boolean verified,
			String source, Double km) {

		static CrossingAnswer of(BorderCrossing c, Double km) {
			return new CrossingAnswer(c.id(), c.name(), c.country(), c.otherCountry(), c.lat(), c.lon(), c.verified(), c.source(),
					km == null ? null : round(km));
		}

	}

	record DistanceAnswer(double km, String country, boolean inside, CrossingAnswer nearestCrossing) {
	}

	record CountryAtAnswer(String country) {
	}

	private final Gazetteer gazetteer;

	private final GazetteerService names;

	private final Borders borders;

	private final GeoData data;

	private final Map<String, String> outlines = new ConcurrentHashMap<>();

	private volatile byte[] basemap;

	GeoApiController(Gazetteer gazetteer, GazetteerService names, Borders borders, GeoData data) {
		this.gazetteer = gazetteer;
		this.names = names;
		this.borders = borders;
		this.data = data;
	}

	/**
	 * Resolves a place name as people write it — misspelt, in another script, with its province — to ranked candidates.
	 *
	 * <p>"Shengyang city of Lioaning province", "Yen-chi", 延吉 and 화룡 all resolve. {@code clearlyBest} is true on the
	 * first candidate only when it clearly is; otherwise let the user choose.
	 *
	 * @param q the text, up to 200 characters
	 * @param country an ISO 3166-1 code the place is probably in, to rank its places first
	 */
	@GetMapping("/api/places/resolve")
	List<CandidateAnswer> resolvePlace(@RequestParam(required = false) String q, @RequestParam(required = false) String country) {
		PlaceQueryCheck.check("q", q, Gazetteer.MAX_TEXT_LENGTH).ifPresent(GeoApiController::refuse);
		String hint = country(country, false);
		PlaceResolution resolution = gazetteer.resolve(q, hint);
		List<PlaceCandidate> candidates = resolution.candidates();
		return java.util.stream.IntStream.range(0, candidates.size())
			.mapToObj(i -> CandidateAnswer.of(candidates.get(i), i == 0 && resolution.clearlyBest()))
			.toList();
	}

	/** Reads one place of the gazetteer, with its names in other languages and scripts. */
	@GetMapping("/api/places/{id}")
	PlaceAnswer readPlace(@PathVariable String id) {
		Place p = gazetteer.find(id).orElseThrow(() -> new NotFoundException("place"));
		return new PlaceAnswer(p.id(), p.name(), p.country(), p.admin1(), p.lat(), p.lon(), p.kind().code(), p.population(), p.verified(),
				names.namesOf(id));
	}

	/**
	 * Measures the distance from a point to a country's border, with the nearest known crossing.
	 *
	 * <p>Geodesic (WGS84) to the nearest point of the 1:10m boundary, good to about a kilometre; 0 inside the country.
	 *
	 * @param lat latitude in degrees, -90 to 90
	 * @param lon longitude in degrees, -180 to 180
	 * @param country the ISO 3166-1 code of the country
	 */
	@GetMapping("/api/geo/distance-to-country")
	DistanceAnswer measureDistanceToCountry(@RequestParam(required = false) String lat, @RequestParam(required = false) String lon,
			@RequestParam(required = false) String country) {
		double latitude = coordinate("lat", lat, true);
		double longitude = coordinate("lon", lon, false);
		String code = country(country, true);
		double km = borders.distanceKm(latitude, longitude, code).orElseThrow();
		CrossingAnswer crossing = borders.nearestCrossing(latitude, longitude, code)
			.map(c -> CrossingAnswer.of(c.crossing(), c.km()))
			.orElse(null);
		return new DistanceAnswer(round(km), code, km == 0, crossing);
	}

	/**
	 * Finds the country a point lies in; {@code country} is null at sea.
	 *
	 * @param lat latitude in degrees, -90 to 90
	 * @param lon longitude in degrees, -180 to 180
	 */
	@GetMapping("/api/geo/country-at")
	CountryAtAnswer findCountryAt(@RequestParam(required = false) String lat, @RequestParam(required = false) String lon) {
		return new CountryAtAnswer(borders.countryAt(coordinate("lat", lat, true), coordinate("lon", lon, false)).orElse(null));
	}

	/**
	 * Lists the known border crossings of a country.
	 *
	 * @param country the ISO 3166-1 code of the country
	 */
	@GetMapping("/api/geo/crossings")
	List<CrossingAnswer> listCrossings(@RequestParam(required = false) String country) {
		return borders.crossings(country(country, true)).stream().map(c -> CrossingAnswer.of(c, null)).toList();
	}

	/**
	 * Reads the outlines of every country, simplified (Natural Earth 1:50m), for a map's background without a tile server.
	 *
	 * <p>Sent gzipped to a client that accepts it.
	 */
	@GetMapping("/api/geo/basemap")
	@ApiResponse(responseCode = "200", description = "A GeoJSON FeatureCollection, one feature per country.",
			content = @Content(mediaType = "application/geo+json", schema = @Schema(type = "object")))
	ResponseEntity<byte[]> readBasemap(HttpServletRequest request) {
		byte[] gzipped = basemap;
		if (gzipped == null) {
			gzipped = basemap = resource("geo/basemap.geojson.gz");
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(GEO_JSON)
			.cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePrivate());
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted != null && accepted.contains("gzip")) {
			return answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).body(gzipped);
		}
		try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
			return answer.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).body(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads one country's territory at 1:10m, lightly simplified: the border a map draws.
	 *
	 * @param code the ISO 3166-1 code of the country
	 */
	@GetMapping("/api/geo/countries/{code}/outline")
	@ApiResponse(responseCode = "200", description = "A GeoJSON Feature with the country's (multi)polygon.",
			content = @Content(mediaType = "application/geo+json", schema = @Schema(type = "object")))
	ResponseEntity<String> readCountryOutline(@PathVariable String code) {
		CountryBoundary country = data.get().boundaries().country(code).orElseThrow(() -> new NotFoundException("country"));
		String json = outlines.computeIfAbsent(code, c -> GeoJson.outline(country));
		return ResponseEntity.ok().contentType(GEO_JSON).cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePrivate()).body(json);
	}

	private String country(String country, boolean required) {
		if (country == null || country.isBlank()) {
			if (required) {
				refuse(Refusal.onField(GeoRule.COUNTRY_CODE_INVALID, "country"));
			}
			return null;
		}
		if (!CountryCode.Validator.isCountryCode(country) && !"XK".equals(country)) {
			refuse(Refusal.onField(GeoRule.COUNTRY_CODE_INVALID, "country"));
		}
		if (required && !borders.knows(country)) {
			refuse(Refusal.onField(GeoRule.COUNTRY_WITHOUT_BOUNDARY, "country", country));
		}
		return country;
	}

	private static double coordinate(String field, String text, boolean latitude) {
		Double value = GeoCoordinates.parse(text);
		Optional<Refusal> refusal = latitude ? GeoCoordinates.checkLatitude(field, value) : GeoCoordinates.checkLongitude(field, value);
		refusal.ifPresent(GeoApiController::refuse);
		return value;
	}

	private static void refuse(Refusal refusal) {
		throw refusal.toException();
	}

	private static byte[] resource(String name) {
		try (InputStream in = GeoApiController.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing from the application");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static double round(double km) {
		return Math.round(km * 10) / 10.0;
	}

}
