package org.vigil.geo.internal;

import java.util.ArrayList;
import java.util.List;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * One country's territory (longitude/latitude, Natural Earth 1:10m) and the geodesic distance of a
 * point to it.
 *
 * <p>The distance is found in two steps. The boundary's vertices are grouped in short runs, each
 * with its bounding box in a JTS {@link STRtree}; the runs near the point (a box that grows until
 * it holds the answer) are measured on a sphere, where the nearest point of a boundary segment has
 * a closed form. The nearest points found are then measured again on the WGS84 ellipsoid with
 * GeographicLib, which is what the answer reports. The sphere only chooses the segment; the
 * difference between sphere and ellipsoid (under 0.5 %) never reaches the kilometre the boundary
 * data is good to.
 */
final class CountryBoundary {

	static final double EARTH_RADIUS_KM = 6371.0088;

	/** Vertices per run in the index: small runs keep the index small and the search precise. */
	private static final int RUN = 16;

	private static final double FIRST_RADIUS_KM = 60;

	private static final double WHOLE_EARTH_KM = 20_040;

	private final String code;

	private final String name;

	private final Geometry territory;

	private volatile IndexedPointInAreaLocator locator;

	private volatile STRtree runs;

	CountryBoundary(String code, String name, Geometry territory) {
		this.code = code;
		this.name = name;
		this.territory = territory;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	Geometry territory() {
		return territory;
	}

	boolean contains(double lat, double lon) {
		Envelope extent = territory.getEnvelopeInternal();
		if (!extent.contains(lon, lat) && !extent.contains(lon + 360, lat)) {
			return false;
		}
		IndexedPointInAreaLocator located = locator;
		if (located == null) {
			located = locator = new IndexedPointInAreaLocator(territory);
		}
		return located.locate(new Coordinate(lon, lat)) != Location.EXTERIOR
				|| lon < 0 && located.locate(new Coordinate(lon + 360, lat)) != Location.EXTERIOR;
	}

	/** A point inside the largest part of the territory, {lat, lon}, where a label or a marker goes. */
	double[] labelPoint() {
		Geometry largest = territory.getGeometryN(0);
		for (int i = 1; i < territory.getNumGeometries(); i++) {
			if (territory.getGeometryN(i).getArea() > largest.getArea()) {
				largest = territory.getGeometryN(i);
			}
		}
		Point inside = largest.getInteriorPoint();
		return new double[] { inside.getY(), inside.getX() > 180 ? inside.getX() - 360 : inside.getX() };
	}

	/** Geodesic kilometres from the point to the nearest point of the territory; 0 inside. */
	double distanceKm(double lat, double lon) {
		if (contains(lat, lon)) {
			return 0;
		}
		Vector p = Vector.of(lat, lon);
		for (double radius = FIRST_RADIUS_KM;; radius *= 4) {
			List<double[]> nearest = nearestOnSphere(p, lat, lon, radius);
			if (!nearest.isEmpty() && (nearest.get(0)[0] <= radius || radius >= WHOLE_EARTH_KM)) {
				double best = Double.MAX_VALUE;
				for (double[] candidate : nearest) {
					double metres = Geodesic.WGS84.Inverse(lat, lon, candidate[1], candidate[2], GeodesicMask.DISTANCE).s12;
					best = Math.min(best, metres / 1000);
				}
				return best;
			}
			if (radius >= WHOLE_EARTH_KM) {
				return Double.NaN; // an empty territory; does not happen with the shipped data
			}
		}
	}

	/**
	 * The nearest boundary points within the radius, measured on the sphere: {km, lat, lon} of the
	 * nearest and of any within two kilometres of it (the ellipsoid may order those differently).
	 */
	private List<double[]> nearestOnSphere(Vector p, double lat, double lon, double radiusKm) {
		List<double[]> found = new ArrayList<>();
		double best = Double.MAX_VALUE;
		List<Envelope> boxes = new ArrayList<>(boxesAround(lat, lon, radiusKm * 1.01 + 1));
		for (Envelope box : List.copyOf(boxes)) {
			if (box.getMinX() < 0) { // parts moved east of 180 (see Boundaries): look there too
				boxes.add(new Envelope(box.getMinX() + 360, box.getMaxX() + 360, box.getMinY(), box.getMaxY()));
			}
		}
		for (Envelope box : boxes) {
			for (Object item : index().query(box)) {
				Run run = (Run) item;
				CoordinateSequence points = run.points();
				for (int i = run.start(); i < run.end(); i++) {
					double[] point = nearestOnArc(p, points.getY(i), points.getX(i), points.getY(i + 1), points.getX(i + 1));
					if (point[0] <= best + 2) {
						found.add(point);
						best = Math.min(best, point[0]);
					}
				}
			}
		}
		double limit = best + 2;
		found.removeIf(f -> f[0] > limit);
		found.sort((a, b) -> Double.compare(a[0], b[0]));
		return found.size() > 8 ? found.subList(0, 8) : found;
	}

	private STRtree index() {
		STRtree built = runs;
		if (built == null) {
			synchronized (this) {
				built = runs;
				if (built == null) {
					built = new STRtree();
					for (int i = 0; i < territory.getNumGeometries(); i++) {
						Polygon polygon = (Polygon) territory.getGeometryN(i);
						addRuns(built, polygon.getExteriorRing());
						for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
							addRuns(built, polygon.getInteriorRingN(h));
						}
					}
					built.build();
					runs = built;
				}
			}
		}
		return built;
	}

	/** The segments from vertex {@code start} to vertex {@code end} of a ring, read where the ring holds them. */
	private record Run(CoordinateSequence points, int start, int end) {
	}

	private static void addRuns(STRtree tree, LineString ring) {
		CoordinateSequence points = ring.getCoordinateSequence();
		for (int start = 0; start < points.size() - 1; start += RUN) {
			int end = Math.min(points.size() - 1, start + RUN);
			Envelope box = new Envelope();
			for (int i = start; i <= end; i++) {
				box.expandToInclude(points.getX(i), points.getY(i));
			}
			tree.insert(box, new Run(points, start, end));
		}
	}

	/**
	 * Longitude/latitude boxes that hold every point within the distance of the point on the
	 * sphere: one box, or two where it crosses the antimeridian, or a band around a pole.
	 */
	static List<Envelope> boxesAround(double lat, double lon, double km) {
		double angle = km / EARTH_RADIUS_KM;
		double dLat = Math.toDegrees(angle);
		double south = lat - dLat;
		double north = lat + dLat;
		if (north >= 90 || south <= -90 || angle >= Math.PI / 2) {
			return List.of(new Envelope(-180, 180, Math.max(-90, south), Math.min(90, north)));
		}
		double ratio = Math.sin(angle) / Math.cos(Math.toRadians(lat));
		if (ratio >= 1) {
			return List.of(new Envelope(-180, 180, south, north));
		}
		double dLon = Math.toDegrees(Math.asin(ratio));
		double west = lon - dLon;
		double east = lon + dLon;
		if (west < -180) {
			return List.of(new Envelope(west + 360, 180, south, north), new Envelope(-180, east, south, north));
		}
		if (east > 180) {
			return List.of(new Envelope(west, 180, south, north), new Envelope(-180, east - 360, south, north));
		}
		return List.of(new Envelope(west, east, south, north));
	}

	/** {km, lat, lon} of the point of the great-circle arc a–b nearest to p, on the sphere. */
	static double[] nearestOnArc(Vector p, double aLat, double aLon, double bLat, double bLon) {
		Vector va = Vector.of(aLat, aLon);
		Vector vb = Vector.of(bLat, bLon);
		Vector normal = va.cross(vb);
		double length = normal.norm();
		if (length > 1e-15) {
			Vector n = normal.scale(1 / length);
			double along = p.dot(n);
			Vector projected = p.minus(n.scale(along));
			// The projection lies between a and b when it is on the inner side of both ends.
			if (va.cross(projected).dot(n) >= 0 && projected.cross(vb).dot(n) >= 0 && projected.norm() > 1e-15) {
				Vector c = projected.scale(1 / projected.norm());
				return new double[] { EARTH_RADIUS_KM * p.angleTo(c), c.lat(), c.lon() };
			}
		}
		double toA = p.angleTo(va);
		double toB = p.angleTo(vb);
		return toA <= toB ? new double[] { EARTH_RADIUS_KM * toA, aLat, aLon } : new double[] { EARTH_RADIUS_KM * toB, bLat, bLon };
	}

	/** A point of the unit sphere. */
	record Vector(double x, double y, double z) {

		static Vector of(double lat, double lon) {
			double phi = Math.toRadians(lat);
			double lambda = Math.toRadians(lon);
			return new Vector(Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi));
		}

		Vector cross(Vector o) {
			return new Vector(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
		}

		double dot(Vector o) {
			return x * o.x + y * o.y + z * o.z;
		}

		Vector scale(double f) {
			return new Vector(x * f, y * f, z * f);
		}

		Vector minus(Vector o) {
			return new Vector(x - o.x, y - o.y, z - o.z);
		}

		double norm() {
			return Math.sqrt(dot(this));
		}

		/** The angle between two unit vectors, accurate for small and large angles alike. */
		double angleTo(Vector o) {
			return Math.atan2(cross(o).norm(), dot(o));
		}

		double lat() {
			return Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, z))));
		}

		double lon() {
			return Math.toDegrees(Math.atan2(y, x));
		}

	}

}
