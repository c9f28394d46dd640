package org.vigil.law.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigil.law.ConsentWay;

/**
 * The dates status tables write — "4 Feb 1985", "11 May 1994 a", "22 Oct 1993 d", "04 Feb 1985 (a)",
 * "10 Dec 2008 AA" — each with the way of consent its suffix marks (a: accession, d: succession;
 * none, A, AA, c: ratification or its equivalents).
 */
final class TreatyDates {

	/** A date and the way of consent its suffix gives. */
	record Dated(LocalDate date, ConsentWay how) {
	}

	private static final Pattern DATE = Pattern.compile("^(\\d{1,2}) ([A-Za-z]{3})[a-z]* (\\d{4})\\s*\\(?\\s*(a|d|A|AA|c|P)?\\s*\\)?$");

	private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM yyyy")
		.toFormatter(Locale.ENGLISH);

	/** Oldest date a status table may give: the oldest instrument here was adopted in 1951. */
	static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);

	private TreatyDates() {
	}

	/** A cell that holds text but not such a date: the file is not what it claims to be. */
	static final class NotADate extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		NotADate(String text) {
			super(text.length() > 40 ? text.substring(0, 40) + "…" : text);
		}

	}

	/** The date in the cell, or empty for an empty cell; {@link NotADate} when the text is not such a date. */
	static Optional<Dated> parse(String cell, LocalDate today) {
		String text = cell == null ? "" : cell.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Matcher m = DATE.matcher(text);
		if (!m.matches()) {
			throw new NotADate(text);
		}
		LocalDate date;
		try {
			date = LocalDate.parse(m.group(1) + " " + m.group(2) + " " + m.group(3), MONTH);
		}
		catch (DateTimeException ex) {
			throw new NotADate(text);
		}
		if (date.isBefore(EARLIEST) || date.isAfter(today)) {
			throw new NotADate(text);
		}
		String suffix = m.group(4);
		ConsentWay how = "a".equals(suffix) ? ConsentWay.ACCESSION : "d".equals(suffix) ? ConsentWay.SUCCESSION : ConsentWay.RATIFICATION;
		return Optional.of(new Dated(date, how));
	}

}
