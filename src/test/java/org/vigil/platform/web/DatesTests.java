package org.vigil.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatesTests {

	private static final Instant MOMENT = Instant.parse("2026-03-07T23:30:00Z");

	@AfterEach
	void forgetTheReader() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aReaderWhoChoseNoTimeZoneReadsTheOrganisations() {
		LocaleContextHolder.setLocale(Locale.KOREAN);
		Dates dates = new Dates("Asia/Tokyo");
		assertThat(plain(dates.dateTime(MOMENT))).isEqualTo("2026. 3. 8. 오전 8:30");
		assertThat(dates.zoneName()).startsWith("Asia/Tokyo");
	}

	@Test
	void aReadersOwnTimeZoneComesBeforeTheOrganisations() {
		LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(Locale.ENGLISH, TimeZone.getTimeZone("America/New_York")));
		Dates dates = new Dates("Asia/Tokyo");
		assertThat(plain(dates.dateTime(MOMENT))).isEqualTo("Mar 7, 2026, 6:30 PM");
		assertThat(plain(dates.date(MOMENT))).isEqualTo("Mar 7, 2026");
	}

	@Test
	void aCalendarDayIsShownAsItIsInTheReadersLanguage() {
		LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(Locale.CHINESE, TimeZone.getTimeZone("Pacific/Auckland")));
		assertThat(new Dates("UTC").date(LocalDate.of(2026, 3, 7))).isEqualTo("2026年3月7日");
	}

	@Test
	void nothingToShowIsAnEmptyText() {
		assertThat(new Dates("UTC").dateTime(null)).isEmpty();
		assertThat(new Dates("UTC").date(null)).isEmpty();
	}

	@Test
	void anOrganisationTimeZoneThatDoesNotExistStopsVigilNamingTheSetting() {
		assertThatThrownBy(() -> new Dates("Asia/Atlantis")).hasMessageContaining("vigil.time-zone").hasMessageContaining("Asia/Atlantis");
	}

	private static String plain(String text) {
		return text.replaceAll("[\\u00a0\\u202f]", " ");
	}

}
