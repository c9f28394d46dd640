package org.vigil.whereabouts.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.PersonDirectory;
import org.vigil.cases.PersonEntry;
import org.vigil.cases.SourceDirectory;
import org.vigil.cases.SourceEntry;
import org.vigil.geo.Borders;
import org.vigil.vault.KeyDestroyedException;
import org.vigil.whereabouts.PlaceRef;

/**
 * Builds the timeline one viewer sees: each entry with its person's public label, its source as the
 * viewer may see it, the protected values only while the case's identities are revealed to them, and
 * each place's distance to the country of feared return.
 */
@Component
class TimelineViews {

	static final Comparator<EntryView> IN_ORDER = Comparator.comparing((EntryView e) -> e.date().earliest())
		.thenComparing(e -> e.date().latest())
		.thenComparing(EntryView::kind);

	private final PersonDirectory persons;

	private final SourceDirectory sources;

	private final EntrySealing sealing;

	private final Borders borders;

	/** How many points' distances are kept. */
	static final int KNOWN_DISTANCES = 50_000;

	/** Distance in km (rounded to 0.1) by country and point; empty where the country has no boundary. */
	private final Map<String, Optional<Double>> distances = new ConcurrentHashMap<>();

	TimelineViews(PersonDirectory persons, SourceDirectory sources, EntrySealing sealing, Borders borders) {
		this.persons = persons;
		this.sources = sources;
		this.sealing = sealing;
		this.borders = borders;
	}

	Timeline of(CaseStanding standing, List<WhereaboutsEntry> entries) {
		return of(standing, entries, Map.of());
	}

	/**
	 * The timeline of the given entries; {@code totals} says how many entries each person has in
	 * all, when the entries are only each person's latest (the rest are counted as earlier).
	 */
	Timeline of(CaseStanding standing, List<WhereaboutsEntry> entries, Map<UUID, Long> totals) {
		String fearedReturn = standing.visibleCase().countryOfFearedReturn();
		boolean revealed = standing.mayReadIdentities() && !standing.purged();
		Map<UUID, SourceEntry> sourcesById = sources.sources(standing).stream()
			.collect(Collectors.toMap(SourceEntry::id, Function.identity()));
		Distances distances = new Distances(fearedReturn);
		Map<UUID, List<EntryView>> byPerson = new HashMap<>();
		Map<UUID, PersonEntry> people = new LinkedHashMap<>();
		persons.persons(standing).forEach(p -> people.put(p.id(), p));
		for (WhereaboutsEntry entry : entries) {
			PersonEntry person = people.get(entry.personId());
			if (person != null) {
				byPerson.computeIfAbsent(person.id(), id -> new ArrayList<>())
					.add(view(entry, person, sourcesById.get(entry.sourceId()), revealed, distances));
			}
		}
		List<PersonTimeline> timelines = new ArrayList<>();
		for (PersonEntry person : people.values()) {
			List<EntryView> own = byPerson.getOrDefault(person.id(), List.of()).stream().sorted(IN_ORDER).toList();
			int earlier = (int) Math.max(0, totals.getOrDefault(person.id(), (long) own.size()) - own.size());
			timelines.add(new PersonTimeline(person, own, earlier));
		}
		return new Timeline(timelines, fearedReturn, revealed);
	}

	/** The distance of a public place (custody, sighting, transfer) to a country, kept as for a timeline; {@code null} if unknown. */
	Double distanceOfPublicPlace(String country, PlaceRef place) {
		return new Distances(country).to(place);
	}

	private EntryView view(WhereaboutsEntry entry, PersonEntry person, SourceEntry source, boolean revealed, Distances distances) {
		PlaceRef hiding = null;
		String notes = null;
		boolean purged = false;
		boolean sealedValues = entry.sealedHidingPlace() != null || entry.sealedNotes() != null;
		if (revealed && sealedValues) {
			try {
				hiding = sealing.openHidingPlace(entry.personId(), entry.id(), entry.sealedHidingPlace());
				notes = sealing.openNotes(entry.personId(), entry.id(), entry.sealedNotes());
			}
			catch (KeyDestroyedException gone) {
				purged = true;
			}
		}
		EntryContent c = entry.content(hiding, notes);
		return new EntryView(entry.id(), person.id(), person.publicLabel(), c.kind(), c.place(), c.from(), c.custodian(),
				c.custodianCountry(), c.facility(), c.intoHandsOf(), c.receivingState(), c.date(), c.until(), c.certainty(), source,
				c.reportedOn(), notes, entry.sealedNotes() != null, sealedValues && !revealed, purged, c.confirmed(),
				c.kind().hasPublicPlace() ? distances.to(c.place()) : distances.measure(c.place()), distances.to(c.from()), c.reportId(), entry.updatedBy(), entry.updatedAt(), entry.version());
	}

	/**
	 * Distances to one country. Each costs a search of the country's boundary (about a millisecond),
	 * and a timeline names the same places again and again, so the answers are kept across
	 * requests for up to {@value #KNOWN_DISTANCES} points (then forgotten all at once).
	 */
	private final class Distances {

		private final String country;

		Distances(String country) {
			this.country = country;
		}

		/** The distance of a place of hiding: measured each time, never kept (it is protected like an identity). */
		Double measure(PlaceRef place) {
			if (place == null || country == null || !borders.knows(country)) {
				return null;
			}
			OptionalDouble km = borders.distanceKm(place.lat(), place.lon(), country);
			return km.isPresent() ? Math.round(km.getAsDouble() * 10) / 10.0 : null;
		}

		/** The distance of a public place (custody, sighting, transfer), kept for the next timeline. */
		Double to(PlaceRef place) {
			if (place == null || country == null || !borders.knows(country)) {
				return null;
			}
			String key = country + ":" + place.lat() + "," + place.lon();
			Optional<Double> known = distances.get(key);
			if (known == null) {
				known = Optional.ofNullable(measure(place));
				if (distances.size() >= KNOWN_DISTANCES) {
					distances.clear();
				}
				distances.put(key, known);
			}
			return known.orElse(null);
		}

	}

}
