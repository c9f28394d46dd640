package org.vigil.geo.internal;

import java.util.List;

import org.vigil.geo.Place;

/**
 * A place as the index holds it: the place, every name it may be written as, the division it
 * lies in (whose names are its context) and how prominent it is.
 *
 * @param place the place
 * @param names its name variants, the display name first
 * @param within the gazetteer id of its first-level division ({@code ne:CN-JL}), or {@code null}
 * @param importance from 0 to 1: capitals and large cities high, hamlets low
 * @param added whether an administrator added it (or the variants that made it match)
 */
record IndexedPlace(Place place, List<String> names, String within, double importance, boolean added) {

	IndexedPlace {
		names = List.copyOf(names);
	}

	/** Importance from GeoNames' population and feature code ({@code C} capital, {@code A}–{@code A4} seats). */
	static double importance(long population, String feature) {
		double byPopulation = population <= 0 ? 0 : Math.min(1, Math.log10(population + 1) / 7);
		double byFeature = switch (feature) {
			case "C" -> 1.0;
			case "A" -> 0.75;
			case "A2" -> 0.6;
			case "A3" -> 0.45;
			case "A4" -> 0.3;
			default -> 0.2;
		};
		return Math.max(byPopulation, byFeature);
	}

}
