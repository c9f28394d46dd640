package org.vigil.whereabouts.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigil.cases.DatePrecision;
import org.vigil.whereabouts.FuzzyDate;

/**
 * Reads the date a clause of a report gives, relative to the day the report was made: "yesterday",
 * "last week", "two days ago", "on 3 May", "in March", "last Tuesday", "tomorrow". A week runs
 * Monday to Sunday. A day or month written without a year is taken in the year that puts it nearest
 * the report. What it cannot read is left to the reader of the report (empty).
 */
final class RelativeDates {

	private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("couple of", 2),
			Map.entry("few", 3), Map.entry("several", 4));

	private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december"
			+ "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";

	private static final String COUNT = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|couple of|few|several)";

	private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

	private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? " + MONTH + "(?:,? (\\d{4}))?\\b");

	private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?");

	private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|since|during|early|late|mid|mid-) ?" + MONTH + "(?: (\\d{4}))?\\b");

	private static final Pattern AGO = Pattern.compile("\\b" + COUNT + " (day|week|month|year)s? ago\\b");

	private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(last|this|next|on) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

	private static final Pattern IN_YEAR = Pattern.compile("\\b(?:in|since|during) (\\d{4})\\b");

	private RelativeDates() {
	}

	/**
	 * The date the clause gives.
	 * @param clause the clause, in any case
	 * @param reported the day of the report
	 * @param ahead whether the clause speaks of what is to come ("to be sent on Friday": the coming Friday)
	 */
	static Optional<FuzzyDate> in(String clause, LocalDate reported, boolean ahead) {
		String text = " " + clause.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
		try {
			return Optional.ofNullable(read(text, reported, ahead));
		}
		catch (DateTimeException | ArithmeticException | NumberFormatException impossible) {
			return Optional.empty(); // "31 February", a year 99999: not a date anyone meant
		}
	}

	private static FuzzyDate read(String text, LocalDate r, boolean ahead) {
		if (text.contains("day before yesterday")) {
			return FuzzyDate.on(r.minusDays(2));
		}
		if (text.contains("yesterday") || text.contains("last night")) {
			return FuzzyDate.on(r.minusDays(1));
		}
		if (text.contains("day after tomorrow")) {
			return FuzzyDate.on(r.plusDays(2));
		}
		if (text.contains("tomorrow")) {
			return FuzzyDate.on(r.plusDays(1));
		}
		if (text.matches(".*\\b(today|this morning|this afternoon|this evening|tonight)\\b.*")) {
			return FuzzyDate.on(r);
		}
		Matcher m = ISO.matcher(text);
		if (m.find()) {
			return FuzzyDate.on(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
		}
		m = DAY_MONTH.matcher(text);
		if (m.find()) {
			return day(Integer.parseInt(m.group(1)), month(m.group(2)), m.group(3), r);
		}
		m = MONTH_DAY.matcher(text);
		if (m.find()) {
			return day(Integer.parseInt(m.group(2)), month(m.group(1)), m.group(3), r);
		}
		m = AGO.matcher(text);
		if (m.find()) {
			return ago(count(m.group(1)), m.group(2), m.group(1), r);
		}
		if (text.contains("last week")) {
			LocalDate monday = r.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
			return FuzzyDate.between(monday, monday.plusDays(6));
		}
		if (text.contains("this week") || text.contains("earlier this week")) {
			LocalDate monday = r.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			return FuzzyDate.between(monday, ahead ? monday.plusDays(6) : r);
		}
		if (text.contains("next week")) {
			LocalDate monday = r.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
			return FuzzyDate.between(monday, monday.plusDays(6));
		}
		if (text.contains("last month")) {
			YearMonth month = YearMonth.from(r).minusMonths(1);
			return FuzzyDate.between(month.atDay(1), month.atEndOfMonth());
		}
		if (text.contains("this month")) {
			YearMonth month = YearMonth.from(r);
			return FuzzyDate.between(month.atDay(1), ahead ? month.atEndOfMonth() : r);
		}
		if (text.contains("next month")) {
			YearMonth month = YearMonth.from(r).plusMonths(1);
			return FuzzyDate.between(month.atDay(1), month.atEndOfMonth());
		}
		if (text.contains("last year")) {
			return FuzzyDate.inYear(r.getYear() - 1);
		}
		if (text.contains("this year")) {
			return new FuzzyDate(LocalDate.of(r.getYear(), 1, 1), ahead ? LocalDate.of(r.getYear(), 12, 31) : r, DatePrecision.YEAR_ONLY,
					false);
		}
		m = WEEKDAY.matcher(text);
		if (m.find()) {
			DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
			boolean forward = "next".equals(m.group(1)) || (ahead && !"last".equals(m.group(1)));
			return FuzzyDate.on(r.with(forward ? TemporalAdjusters.next(day) : TemporalAdjusters.previous(day)));
		}
		m = IN_MONTH.matcher(text);
		if (m.find()) {
			Month month = month(m.group(1));
			int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : nearestYear(r, month, 15);
			YearMonth ym = YearMonth.of(year, month);
			return FuzzyDate.between(ym.atDay(1), ym.atEndOfMonth());
		}
		m = IN_YEAR.matcher(text);
		if (m.find()) {
			return FuzzyDate.inYear(Integer.parseInt(m.group(1)));
		}
		if (text.matches(".*\\b(recently|the other day|a few days ago)\\b.*")) {
			return FuzzyDate.between(r.minusDays(7), r.minusDays(1));
		}
		if (text.matches(".*\\b(within days|in the coming days|in a few days|any day|any moment|imminent|imminently|soon|shortly|"
				+ "about to)\\b.*")) {
			return new FuzzyDate(r, r.plusDays(7), DatePrecision.ESTIMATED, false);
		}
		return null;
	}

	private static FuzzyDate day(int day, Month month, String year, LocalDate r) {
		int y = year != null ? Integer.parseInt(year) : nearestYear(r, month, day);
		return FuzzyDate.on(LocalDate.of(y, month, day));
	}

	private static FuzzyDate ago(int count, String unit, String written, LocalDate r) {
		boolean vague = written.equals("few") || written.equals("several") || written.equals("couple of");
		return switch (unit) {
			case "day" -> vague ? FuzzyDate.between(r.minusDays(count + 2L), r.minusDays(Math.max(1, count - 1L)))
					: FuzzyDate.on(r.minusDays(count));
			case "week" -> FuzzyDate.about(r.minusWeeks(count));
			case "month" -> FuzzyDate.about(r.minusMonths(count));
			default -> FuzzyDate.inYear(r.minusYears(count).getYear());
		};
	}

	/** The year in which the day of that month lies nearest the report. */
	private static int nearestYear(LocalDate r, Month month, int day) {
		int best = r.getYear();
		long bestGap = Long.MAX_VALUE;
		for (int y = r.getYear() - 1; y <= r.getYear() + 1; y++) {
			LocalDate candidate = YearMonth.of(y, month).atDay(Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
			long gap = Math.abs(candidate.toEpochDay() - r.toEpochDay());
			if (gap < bestGap) {
				best = y;
				bestGap = gap;
			}
		}
		return best;
	}

	private static int count(String written) {
		Integer word = NUMBERS.get(written);
		return word != null ? word : Integer.parseInt(written);
	}

	private static Month month(String written) {
		String w = written.replace(".", "");
		for (Month month : Month.values()) {
			if (month.name().toLowerCase(Locale.ROOT).startsWith(w)) {
				return month;
			}
		}
		throw new DateTimeException("No month " + written);
	}

}
