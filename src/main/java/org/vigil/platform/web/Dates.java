package org.vigil.platform.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the reader reads them: in the order and words of their language (a Korean
 * reader sees "2026. 3. 7. 오후 3:04", a Chinese one "2026年3月7日 15:04") and in their time zone
 * — the one they chose under Settings, else the organisation's ({@code vigil.time-zone}, UTC
 * unless set). Templates use it as {@code ${@dates.dateTime(entry.at)}} and
 * {@code ${@dates.date(source.reportedOn)}}; nothing else formats a date for a page.
 */
@Component("dates")
public class Dates {

	private final ZoneId organisationZone;

	private final Map<Locale, DateTimeFormatter> dateTimes = new ConcurrentHashMap<>();

	private final Map<Locale, DateTimeFormatter> days = new ConcurrentHashMap<>();

	public Dates(@Value("${vigil.time-zone:UTC}") String organisationZone) {
		this.organisationZone = parse(organisationZone);
	}

	/** The organisation's time zone: what a reader who chose none sees. */
	public ZoneId organisationZone() {
		return organisationZone;
	}

	/** The time zone of the current reader: their own choice, else the organisation's. */
	public ZoneId zone() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		TimeZone chosen = context instanceof TimeZoneAwareLocaleContext aware ? aware.getTimeZone() : null;
		return chosen != null ? chosen.toZoneId() : organisationZone;
	}

	/** The name of the reader's time zone as the footer and the settings page show it. */
	public String zoneName() {
		return describe(zone(), LocaleContextHolder.getLocale());
	}

	/** A moment (an {@link Instant}, or a date-time with a zone or offset), to the minute; "" for none. */
	public String dateTime(TemporalAccessor moment) {
		if (moment == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter format = dateTimes.computeIfAbsent(locale,
				l -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(l));
		return format.format(Instant.from(moment).atZone(zone()));
	}

	/** A calendar day: a {@link LocalDate} as it is, or the day a moment falls on in the reader's zone; "" for none. */
	public String date(TemporalAccessor day) {
		if (day == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter format = days.computeIfAbsent(locale, l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l));
		return format.format(day instanceof LocalDate date ? date : Instant.from(day).atZone(zone()).toLocalDate());
	}

	/** "Asia/Seoul (Korean Standard Time)": the zone's id, which people look for, and its name in the reader's language. */
	public static String describe(ZoneId zone, Locale locale) {
		String name = zone.getDisplayName(TextStyle.FULL, locale);
		return name.equals(zone.getId()) ? zone.getId() : zone.getId() + " (" + name + ")";
	}

	private static ZoneId parse(String zone) {
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("vigil.time-zone: '" + zone + "' is not a time zone; give a name such as Asia/Seoul, "
					+ "Europe/London or UTC", ex);
		}
	}

}
