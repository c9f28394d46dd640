package org.vigil.whereabouts;

import java.time.LocalDate;
import java.util.Objects;

import org.vigil.cases.DatePrecision;

/**
 * A date as well as it is known: a day ({@code earliest == latest}), a month or a week (a range), a
 * year, or "about" a day.
 *
 * @param earliest the first day it can have been
 * @param latest the last day it can have been, not before {@code earliest}
 * @param precision {@link DatePrecision#EXACT} for a day or a range of days known to hold it,
 *        {@link DatePrecision#YEAR_ONLY} when only the year is known, {@link DatePrecision#ESTIMATED}
 *        for an estimate
 * @param approximate "about": the range is the best guess, not a bound
 */
public record FuzzyDate(LocalDate earliest, LocalDate latest, DatePrecision precision, boolean approximate) {

	public FuzzyDate {
		Objects.requireNonNull(earliest, "earliest");
		Objects.requireNonNull(latest, "latest");
		Objects.requireNonNull(precision, "precision");
		if (latest.isBefore(earliest)) {
			throw new IllegalArgumentException("A date range ends before it starts: " + earliest + " – " + latest);
		}
	}

	/** That day exactly. */
	public static FuzzyDate on(LocalDate day) {
		return new FuzzyDate(day, day, DatePrecision.EXACT, false);
	}

	/** Some day between the two, both included. */
	public static FuzzyDate between(LocalDate earliest, LocalDate latest) {
		return new FuzzyDate(earliest, latest, earliest.equals(latest) ? DatePrecision.EXACT : DatePrecision.ESTIMATED, false);
	}

	/** About that day. */
	public static FuzzyDate about(LocalDate day) {
		return new FuzzyDate(day, day, DatePrecision.ESTIMATED, true);
	}

	/** Some day of that year. */
	public static FuzzyDate inYear(int year) {
		return new FuzzyDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR_ONLY, false);
	}

	/** Whether one day is all it can be. */
	public boolean isDay() {
		return earliest.equals(latest) && !approximate;
	}

	/** The day in the middle of the range: where a timeline puts it. */
	public LocalDate middle() {
		return earliest.plusDays((latest.toEpochDay() - earliest.toEpochDay()) / 2);
	}

	/** Whether it is surely before the other: the last day it can be comes before the first the other can be. */
	public boolean surelyBefore(FuzzyDate other) {
		return latest.isBefore(other.earliest);
	}

}
