package org.vigil.urgency.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.springframework.stereotype.Component;
import org.vigil.cases.Outcome;
import org.vigil.cases.VisibleCase;
import org.vigil.geo.Borders;
import org.vigil.urgency.internal.KnownWhereabouts.Place;

/**
 * Works out the facts the urgency rules read: measures how far each place is from the country of
 * feared return (geodesic, from geo's boundaries) and counts the days since each report, since the
 * latest news and since the last appeal.
 */
@Component
class UrgencyFactsAssembly {

	/** How many distances a run keeps: far more than the places of every case, and a bounded memory. */
	static final int KNOWN_DISTANCES = 50_000;

	private final Borders borders;

	UrgencyFactsAssembly(Borders borders) {
		this.borders = borders;
	}

	/**
	 * The distances measured during one run of assessments, by point and country: the recomputation
	 * of every case measures the same few thousand places again and again. Kept for the run only, so
	 * that nothing of a case outlives it (a purged case's places are forgotten with the run). Only
	 * places of custody and of expected transfers are measured here (case data, never a place of hiding).
	 */
	static final class Run {

		private final Map<String, Optional<Double>> known = new HashMap<>();

	}

	/** A run of assessments: one case after a fact changed, or every case on the schedule. */
	Run newRun() {
		return new Run();
	}

	UrgencyFacts assemble(Run run, VisibleCase visibleCase, KnownWhereabouts known, Optional<Instant> lastAppeal, Optional<Outcome> outcome,
			Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		String feared = visibleCase.countryOfFearedReturn();
		Map<Place, Double> distances = new HashMap<>();
		var transfers = known.transfers().stream()
			.map(t -> new UrgencyFacts.Transfer(t.personLabel(), t.to().label(), distances.computeIfAbsent(t.to(), p -> km(run, p, feared)),
					t.intoHandsOf(), t.receivingState(), t.earliest(), t.certainty(), t.reliability(), t.sourceConfidential(), daysSince(t.reportedOn(), today)))
			.toList();
		var custody = known.custody().stream()
			.map(c -> new UrgencyFacts.Custody(c.personLabel(), c.place().label(), distances.computeIfAbsent(c.place(), p -> km(run, p, feared)),
					c.custodian(), c.certainty(), c.reliability(), c.sourceConfidential(), daysSince(c.reportedOn(), today)))
			.toList();
		return new UrgencyFacts(visibleCase.id(), visibleCase.status(), feared, today, transfers, custody,
				known.lastReportedAt().map(at -> daysBetween(at, now)).orElse(null), lastAppeal.map(at -> daysBetween(at, now)).orElse(null),
				outcome.orElse(null));
	}

	/** {@code null} when there is no country of feared return, or Vigil has no boundary for it. */
	private Double km(Run run, Place place, String feared) {
		if (feared == null) {
			return null;
		}
		if (feared.equals(place.country())) {
			return 0.0;
		}
		if (run.known.size() >= KNOWN_DISTANCES) {
			run.known.clear();
		}
		return run.known.computeIfAbsent(place.lat() + " " + place.lon() + " " + feared, point -> {
			OptionalDouble km = borders.distanceKm(place.lat(), place.lon(), feared);
			return km.isPresent() ? Optional.of(km.getAsDouble()) : Optional.empty();
		}).orElse(null);
	}

	private static int daysSince(LocalDate day, LocalDate today) {
		return day == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(day, today));
	}

	private static int daysBetween(Instant from, Instant to) {
		return (int) Math.max(0, Duration.between(from, to).toDays());
	}

}
