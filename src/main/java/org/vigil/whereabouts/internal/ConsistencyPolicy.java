package org.vigil.whereabouts.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.vigil.whereabouts.FuzzyDate;
import org.vigil.whereabouts.PlaceRef;

/**
 * Every rule of what makes an entry doubtful beside the other entries of its person, in one place.
 * A rule flags only what is sure despite fuzzy dates: an "about" date counts as anywhere within
 * {@value #ABOUT_DAYS} days of itself, and an open custody period as lasting until now and beyond.
 * Places closer than {@value #SAME_PLACE_KM} km count as one (a facility on the edge of a town).
 */
final class ConsistencyPolicy {

	static final int ABOUT_DAYS = 7;

	static final double SAME_PLACE_KM = 50;

	private ConsistencyPolicy() {
	}

	/**
	 * The doubts the entry raises, given the person's other entries (the entry itself left out of them).
	 */
	static Set<Inconsistency> check(EntryContent entry, List<EntryContent> others) {
		Set<Inconsistency> flags = EnumSet.noneOf(Inconsistency.class);
		if (entry.kind() == EntryKind.CUSTODY && outsideCustodianCountry(entry)) {
			flags.add(Inconsistency.PLACE_OUTSIDE_CUSTODIAN_COUNTRY);
		}
		for (EntryContent other : others) {
			if (entry.kind() == EntryKind.CUSTODY && other.kind() == EntryKind.CUSTODY && surelyOverlap(entry, other)) {
				flags.add(farApart(entry.place(), other.place()) ? Inconsistency.IN_TWO_PLACES : Inconsistency.OVERLAPPING_CUSTODY);
			}
			if (sightedWhileHeldElsewhere(entry, other) || sightedWhileHeldElsewhere(other, entry)
					|| seenInTwoPlacesOnOneDay(entry, other)) {
				flags.add(Inconsistency.IN_TWO_PLACES);
			}
		}
		if (transferBeforeFirstArrest(entry, others)) {
			flags.add(Inconsistency.TRANSFER_BEFORE_ARREST);
		}
		return flags;
	}

	private static boolean outsideCustodianCountry(EntryContent custody) {
		return custody.custodianCountry() != null && custody.place() != null && custody.place().country() != null
				&& !custody.place().country().equals(custody.custodianCountry());
	}

	/** Each period surely starts before the other surely ends. */
	static boolean surelyOverlap(EntryContent a, EntryContent b) {
		return lastStart(a).isBefore(firstEnd(b)) && lastStart(b).isBefore(firstEnd(a));
	}

	private static boolean sightedWhileHeldElsewhere(EntryContent sighting, EntryContent custody) {
		return sighting.kind() == EntryKind.SIGHTING && custody.kind() == EntryKind.CUSTODY
				&& lastStart(custody).isBefore(first(sighting.date())) && last(sighting.date()).isBefore(firstEnd(custody))
				&& farApart(sighting.place(), custody.place());
	}

	private static boolean seenInTwoPlacesOnOneDay(EntryContent a, EntryContent b) {
		return a.kind() == EntryKind.SIGHTING && b.kind() == EntryKind.SIGHTING && a.date().isDay() && b.date().isDay()
				&& a.date().earliest().equals(b.date().earliest()) && farApart(a.place(), b.place());
	}

	/**
	 * A transfer dated surely before the person's first arrest: the entry is that transfer, or it is
	 * the custody that (with the others) makes the first arrest come after some transfer.
	 */
	private static boolean transferBeforeFirstArrest(EntryContent entry, List<EntryContent> others) {
		LocalDate firstArrest = null;
		for (EntryContent e : concat(entry, others)) {
			if (e.kind() == EntryKind.CUSTODY && (firstArrest == null || first(e.date()).isBefore(firstArrest))) {
				firstArrest = first(e.date());
			}
		}
		if (firstArrest == null) {
			return false;
		}
		if (entry.kind() == EntryKind.TRANSFER) {
			return last(entry.date()).isBefore(firstArrest);
		}
		if (entry.kind() == EntryKind.CUSTODY && first(entry.date()).equals(firstArrest)) {
			LocalDate arrest = firstArrest;
			return others.stream().anyMatch(o -> o.kind() == EntryKind.TRANSFER && last(o.date()).isBefore(arrest));
		}
		return false;
	}

	private static List<EntryContent> concat(EntryContent entry, List<EntryContent> others) {
		List<EntryContent> all = new java.util.ArrayList<>(others);
		all.add(entry);
		return all;
	}

	private static LocalDate lastStart(EntryContent period) {
		return last(period.date());
	}

	/** The first day a period can have ended: far in the future while it is open. */
	private static LocalDate firstEnd(EntryContent period) {
		return period.until() == null ? LocalDate.MAX : first(period.until());
	}

	private static LocalDate first(FuzzyDate date) {
		return date.approximate() ? date.earliest().minusDays(ABOUT_DAYS) : date.earliest();
	}

	private static LocalDate last(FuzzyDate date) {
		return date.approximate() ? date.latest().plusDays(ABOUT_DAYS) : date.latest();
	}

	/** Whether two known places are too far apart to be one; unknown places are never far. */
	static boolean farApart(PlaceRef a, PlaceRef b) {
		return a != null && b != null && kilometres(a, b) > SAME_PLACE_KM;
	}

	/** Great-circle distance on a sphere of the Earth's mean radius: enough to tell 50 km. */
	static double kilometres(PlaceRef a, PlaceRef b) {
		double lat1 = Math.toRadians(a.lat());
		double lat2 = Math.toRadians(b.lat());
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(b.lon() - a.lon());
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
