package org.vigil.geo.internal;

import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/** A country's territory as a GeoJSON feature, simplified for drawing on a map. */
final class GeoJson {

	/** About 300 m: finer than a map of a region shows, coarser than the 1:10m data. */
	static final double OUTLINE_TOLERANCE_DEGREES = 0.003;

	private GeoJson() {
	}

	static String outline(CountryBoundary country) {
		Geometry simple = TopologyPreservingSimplifier.simplify(country.territory(), OUTLINE_TOLERANCE_DEGREES);
		StringBuilder out = new StringBuilder(64 * 1024);
		out.append("{\"type\":\"Feature\",\"properties\":{\"iso2\":\"").append(country.code()).append("\",\"name\":\"")
			.append(country.name().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
		for (int i = 0; i < simple.getNumGeometries(); i++) {
			Polygon polygon = (Polygon) simple.getGeometryN(i);
			out.append(i == 0 ? "[" : ",[");
			ring(out, polygon.getExteriorRing());
			for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
				out.append(',');
				ring(out, polygon.getInteriorRingN(h));
			}
			out.append(']');
		}
		return out.append("]}}").toString();
	}

	private static void ring(StringBuilder out, LineString ring) {
		out.append('[');
		Coordinate[] points = ring.getCoordinates();
		for (int i = 0; i < points.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append('[').append(String.format(Locale.ROOT, "%.4f", points[i].x)).append(',')
				.append(String.format(Locale.ROOT, "%.4f", points[i].y)).append(']');
		}
		out.append(']');
	}

}
