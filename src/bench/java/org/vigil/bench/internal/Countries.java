package org.vigil.bench.internal;

import java.util.SplittableRandom;

/**
 * Where generated cases happen, skewed as in real work: a handful of custody / feared-return pairs
 * (North Koreans held in China, Uyghurs abroad, Afghans in Iran and Pakistan…) hold most cases,
 * and a long tail of countries holds a few each.
 */
final class Countries {

	/** A country of custody, the country of feared return (or null), a region, a place, and a weight. */
	record Route(String custody, String fearedReturn, String region, String place, double weight) {
	}

	private static final Route[] ROUTES = {
		new Route("CN", "KP", "East Asia", "Shenyang", 30), new Route("CN", null, "East Asia", "Urumqi", 10),
		new Route("RU", "KP", "Europe and Central Asia", "Vladivostok", 5), new Route("TH", "KP", "South-East Asia", "Bangkok", 4),
		new Route("LA", "KP", "South-East Asia", "Vientiane", 3), new Route("VN", "KP", "South-East Asia", "Hanoi", 3),
		new Route("TR", "CN", "Europe and Central Asia", "Istanbul", 5), new Route("TH", "CN", "South-East Asia", "Bangkok", 3),
		new Route("AE", "CN", "Middle East and North Africa", "Dubai", 2), new Route("EG", "CN", "Middle East and North Africa", "Cairo", 2),
		new Route("IR", "AF", "Middle East and North Africa", "Mashhad", 5), new Route("PK", "AF", "South Asia", "Karachi", 4),
		new Route("LB", "SY", "Middle East and North Africa", "Beirut", 4), new Route("TR", "SY", "Europe and Central Asia", "Gaziantep", 3),
		new Route("MY", "MM", "South-East Asia", "Kuala Lumpur", 3), new Route("BD", "MM", "South Asia", "Cox's Bazar", 2),
		new Route("LY", "ER", "Middle East and North Africa", "Tripoli", 2), new Route("SD", "ER", "Africa", "Khartoum", 1.5),
		new Route("RU", "UZ", "Europe and Central Asia", "Moscow", 1.5), new Route("KZ", "CN", "Europe and Central Asia", "Almaty", 1.5),
		new Route("SA", "YE", "Middle East and North Africa", "Jeddah", 1), new Route("MX", "HN", "Americas", "Tapachula", 1),
		new Route("IN", "MM", "South Asia", "Delhi", 0.5), new Route("ID", "MM", "South-East Asia", "Aceh", 0.5),
		new Route("KH", "VN", "South-East Asia", "Phnom Penh", 0.3), new Route("MN", "KP", "East Asia", "Ulaanbaatar", 0.3),
		new Route("JO", "SY", "Middle East and North Africa", "Amman", 0.3), new Route("NP", "CN", "South Asia", "Kathmandu", 0.3),
		new Route("KG", "UZ", "Europe and Central Asia", "Bishkek", 0.2), new Route("ET", "ER", "Africa", "Addis Ababa", 0.2),
		new Route("TZ", "BI", "Africa", "Kigoma", 0.2), new Route("GR", "TR", "Europe and Central Asia", "Athens", 0.2) };

	private static final double TOTAL_WEIGHT;

	static {
		double total = 0;
		for (Route route : ROUTES) {
			total += route.weight();
		}
		TOTAL_WEIGHT = total;
	}

	private Countries() {
	}

	static Route pick(SplittableRandom random) {
		double point = random.nextDouble() * TOTAL_WEIGHT;
		for (Route route : ROUTES) {
			point -= route.weight();
			if (point < 0) {
				return route;
			}
		}
		return ROUTES[0];
	}

}
