package org.vigil.geo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.index.strtree.STRtree;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The country boundaries shipped inside Vigil ({@code geo/countries-10m.topo.json.gz}, derived
 * from Natural Earth by {@code scripts/geo/derive.py}), decoded from TopoJSON into JTS polygons.
 */
final class Boundaries {

	static final String RESOURCE = "geo/countries-10m.topo.json.gz";

	/**
	 * The polygons hold their vertices packed, two doubles each (16 bytes a vertex, 10 MB in all),
	 * not as a {@link Coordinate} object each: 477 000 of them were 19 MB of every server's heap.
	 */
	private static final PackedCoordinateSequenceFactory PACKED = PackedCoordinateSequenceFactory.DOUBLE_FACTORY;

	private static final GeometryFactory GEOMETRY = new GeometryFactory(PACKED);

	private final Map<String, CountryBoundary> countries;

	/** Each polygon of each country by its bounding box, to find the country a point is in. */
	private final STRtree parts = new STRtree();

	private Boundaries(Map<String, CountryBoundary> countries) {
		this.countries = countries;
		for (CountryBoundary country : countries.values()) {
			Geometry territory = country.territory();
			for (int i = 0; i < territory.getNumGeometries(); i++) {
				parts.insert(territory.getGeometryN(i).getEnvelopeInternal(), country);
			}
		}
		parts.build();
	}

	static Boundaries read(ClassLoader loader) {
		try (InputStream raw = loader.getResourceAsStream(RESOURCE)) {
			if (raw == null) {
				throw new IllegalStateException("The boundary resource " + RESOURCE + " is missing from the application");
			}
			JsonMapper mapper = JsonMapper.builder().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
			try (JsonParser parser = mapper.createParser(new GZIPInputStream(raw, 1 << 16))) {
				return new Boundaries(decode(parser, mapper));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + RESOURCE, ex);
		}
	}

	Optional<CountryBoundary> country(String code) {
		return Optional.ofNullable(code == null ? null : countries.get(code));
	}

	/** The country whose territory holds the point. */
	Optional<CountryBoundary> at(double lat, double lon) {
		List<Object> near = new ArrayList<>(parts.query(new Envelope(lon, lon, lat, lat)));
		if (lon < 0) {
			near.addAll(parts.query(new Envelope(lon + 360, lon + 360, lat, lat))); // see unwrapAcrossTheAntimeridian
		}
		for (Object item : near) {
			CountryBoundary country = (CountryBoundary) item;
			if (country.contains(lat, lon)) {
				return Optional.of(country);
			}
		}
		return Optional.empty();
	}

	Iterable<CountryBoundary> all() {
		return countries.values();
	}

	/**
	 * Reads the topology: the arcs (most of the file) with the streaming parser, the rest as a tree.
	 * The arcs are quantized and delta-encoded; the transform turns them into degrees.
	 */
	private static Map<String, CountryBoundary> decode(JsonParser parser, JsonMapper mapper) {
		List<long[]> quantized = new ArrayList<>();
		JsonNode transform = null;
		JsonNode geometries = null;
		parser.nextToken(); // the topology object
		for (String field = parser.nextName(); field != null; field = parser.nextName()) {
			parser.nextToken();
			switch (field) {
				case "arcs" -> {
					while (parser.nextToken() == JsonToken.START_ARRAY) { // one arc
						long[] points = new long[64];
						int size = 0;
						while (parser.nextToken() == JsonToken.START_ARRAY) { // one point
							parser.nextToken();
							long dx = parser.getLongValue();
							parser.nextToken();
							long dy = parser.getLongValue();
							while (parser.nextToken() != JsonToken.END_ARRAY) {
								// extra dimensions, none in the shipped data
							}
							if (size + 2 > points.length) {
								points = java.util.Arrays.copyOf(points, points.length * 2);
							}
							points[size++] = dx;
							points[size++] = dy;
						}
						quantized.add(java.util.Arrays.copyOf(points, size));
					}
				}
				case "transform" -> transform = mapper.readTree(parser);
				case "objects" -> geometries = mapper.readTree(parser).get("countries").get("geometries");
				default -> parser.skipChildren();
			}
		}
		if (transform == null || geometries == null) {
			throw new IllegalStateException(RESOURCE + " is not the topology Vigil expects");
		}
		double sx = transform.get("scale").get(0).asDouble();
		double sy = transform.get("scale").get(1).asDouble();
		double tx = transform.get("translate").get(0).asDouble();
		double ty = transform.get("translate").get(1).asDouble();
		List<Coordinate[]> arcs = new ArrayList<>(quantized.size());
		for (long[] arc : quantized) {
			Coordinate[] points = new Coordinate[arc.length / 2];
			long x = 0;
			long y = 0;
			for (int i = 0; i < points.length; i++) {
				x += arc[2 * i];
				y += arc[2 * i + 1];
				points[i] = new Coordinate(x * sx + tx, y * sy + ty);
			}
			arcs.add(points);
		}
		Map<String, CountryBoundary> countries = new LinkedHashMap<>();
		for (JsonNode geometry : geometries) {
			String code = geometry.get("properties").get("iso2").asString();
			String name = geometry.get("properties").get("name").asString();
			List<Polygon> polygons = new ArrayList<>();
			for (JsonNode polygon : geometry.get("arcs")) {
				List<Coordinate[]> rings = new ArrayList<>();
				for (JsonNode ring : polygon) {
					rings.add(ring(arcs, ring));
				}
				unwrapAcrossTheAntimeridian(rings);
				LinearRing shell = null;
				List<LinearRing> holes = new ArrayList<>();
				for (Coordinate[] ring : rings) {
					LinearRing linear = GEOMETRY.createLinearRing(packed(ring));
					if (shell == null) {
						shell = linear;
					}
					else {
						holes.add(linear);
					}
				}
				if (shell != null) {
					polygons.add(GEOMETRY.createPolygon(shell, holes.toArray(LinearRing[]::new)));
				}
			}
			countries.put(code, new CountryBoundary(code, name, GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new))));
		}
		return countries;
	}

	/**
	 * A polygon that crosses the antimeridian (Chukotka, Fiji) comes as one ring that runs along
	 * +180 and along -180: drawn flat it would wrap the whole world. Its western-hemisphere points
	 * are moved by +360° so that it is one continuous shape east of 180; {@link CountryBoundary}
	 * then also looks there for points west of -180+. The copies are the same place on the sphere.
	 */
	static void unwrapAcrossTheAntimeridian(List<Coordinate[]> rings) {
		double west = Double.MAX_VALUE;
		double east = -Double.MAX_VALUE;
		for (Coordinate[] ring : rings) {
			for (Coordinate c : ring) {
				west = Math.min(west, c.x);
				east = Math.max(east, c.x);
			}
		}
		if (east - west <= 180) {
			return;
		}
		for (Coordinate[] ring : rings) {
			for (int i = 0; i < ring.length; i++) {
				if (ring[i].x < 0) {
					ring[i] = new Coordinate(ring[i].x + 360, ring[i].y);
				}
			}
		}
	}

	/** The ring's longitudes and latitudes, side by side. */
	private static CoordinateSequence packed(Coordinate[] ring) {
		double[] xy = new double[ring.length * 2];
		for (int i = 0; i < ring.length; i++) {
			xy[2 * i] = ring[i].x;
			xy[2 * i + 1] = ring[i].y;
		}
		return PACKED.create(xy, 2);
	}

	/** A ring from arc indices: a negative index ~i is arc i reversed; shared ends are joined once. */
	private static Coordinate[] ring(List<Coordinate[]> arcs, JsonNode indices) {
		List<Coordinate> points = new ArrayList<>();
		for (JsonNode index : indices) {
			int i = index.asInt();
			Coordinate[] arc = arcs.get(i >= 0 ? i : ~i);
			for (int k = 0; k < arc.length; k++) {
				Coordinate c = arc[i >= 0 ? k : arc.length - 1 - k];
				if (k > 0 || points.isEmpty()) {
					points.add(c);
				}
			}
		}
		if (points.size() < 4) {
			// A degenerate sliver (quantized to nothing): keep a valid closed ring of its points.
			while (points.size() < 4) {
				points.add(points.get(0));
			}
		}
		if (!points.get(0).equals2D(points.get(points.size() - 1))) {
			points.add(points.get(0));
		}
		return points.toArray(Coordinate[]::new);
	}

}
