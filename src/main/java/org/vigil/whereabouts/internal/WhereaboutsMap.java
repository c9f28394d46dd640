package org.vigil.whereabouts.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.vigil.cases.PersonEntry;
import org.vigil.whereabouts.PlaceRef;

/**
 * What the map draws of a timeline: each person's path through the places of custody and sightings
 * to the expected destination (the latest {@value #LATEST_POINTS} entries of each), each place once with its role and its distance to the country of
 * feared return. Places of hiding are never drawn. The page's script draws it on the offline
 * basemap; the timeline beside it says the same in words.
 */
record WhereaboutsMap(String countryOfFearedReturn, List<Path> paths, List<MapPlace> places) {

	/** How many of each person's latest entries the map draws: where they are now and how they got there. */
	static final int LATEST_POINTS = 50;

	/** Where a place stands in a timeline; the latest role of a place wins (held now over arrested there). */
	enum Role {
		CUSTODY, HELD, SIGHTING, ORIGIN, DESTINATION
	}

	/** One person's way, in the order it happened; the last leg is expected when {@code expectedLast}. */
	record Path(UUID personId, String personLabel, List<double[]> points, boolean expectedLast) {
	}

	record MapPlace(String name, String label, String country, double lat, double lon, Role role, Double km, List<String> people) {
	}

	/**
	 * What the map needs of one entry, in the order the entries happened; never a place of hiding.
	 *
	 * @param current whether it is custody not yet ended (held there now)
	 */
	record Step(EntryKind kind, PlaceRef place, PlaceRef from, boolean current, Double km, Double fromKm) {
	}

	/** The map of the entries of a timeline (the section's table of distances names the places of the entries it shows). */
	static WhereaboutsMap of(Timeline timeline) {
		Map<PersonEntry, List<Step>> steps = new LinkedHashMap<>();
		for (PersonTimeline person : timeline.persons()) {
			steps.put(person.person(), person.entries().stream()
				.filter(e -> e.kind() != EntryKind.HIDING && e.place() != null)
				.map(e -> new Step(e.kind(), e.place(), e.from(), e.current(), e.km(), e.fromKm()))
				.toList());
		}
		return of(timeline.fearedReturn(), steps);
	}

	/** The map of each person's steps, persons in the order given. */
	static WhereaboutsMap of(String fearedReturn, Map<PersonEntry, List<Step>> steps) {
		List<Path> paths = new ArrayList<>();
		Map<String, MapPlace> places = new LinkedHashMap<>();
		steps.forEach((person, own) -> {
			List<double[]> points = new ArrayList<>();
			boolean expectedLast = false;
			String label = person.publicLabel();
			for (Step e : own) {
				if (e.kind() == EntryKind.TRANSFER) {
					if (e.from() != null) {
						add(points, e.from());
						put(places, e.from(), Role.ORIGIN, e.fromKm(), label);
					}
					add(points, e.place());
					put(places, e.place(), Role.DESTINATION, e.km(), label);
					expectedLast = true;
					continue;
				}
				add(points, e.place());
				put(places, e.place(), e.kind() == EntryKind.SIGHTING ? Role.SIGHTING : e.current() ? Role.HELD : Role.CUSTODY, e.km(), label);
				expectedLast = false;
			}
			if (!points.isEmpty()) {
				paths.add(new Path(person.id(), label, points, expectedLast && points.size() > 1));
			}
		});
		return new WhereaboutsMap(fearedReturn, paths, List.copyOf(places.values()));
	}

	private static void add(List<double[]> points, PlaceRef place) {
		double[] point = { place.lat(), place.lon() };
		if (points.isEmpty() || points.get(points.size() - 1)[0] != point[0] || points.get(points.size() - 1)[1] != point[1]) {
			points.add(point);
		}
	}

	private static void put(Map<String, MapPlace> places, PlaceRef place, Role role, Double km, String person) {
		String key = place.lat() + "," + place.lon();
		MapPlace known = places.get(key);
		List<String> people = new ArrayList<>(known == null ? List.of() : known.people());
		if (!people.contains(person)) {
			people.add(person);
		}
		Role kept = known != null && role == Role.ORIGIN ? known.role() : role;
		places.put(key, new MapPlace(place.name(), place.label(), place.country(), place.lat(), place.lon(), kept, km, List.copyOf(people)));
	}

}
