package org.vigil.drafting.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.vigil.whereabouts.FuzzyDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The compass point a letter names for the way from one place to another, and how it writes when a custody began. */
class LetterWriterTests {

	private static final FuzzyDate LAST_WEEK_OR_SO = FuzzyDate.between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 2));

	@Test
	void anAzimuthIsNamedByTheNearestOfEightPoints() {
		assertThat(LetterWriter.direction(0)).isEqualTo("N");
		assertThat(LetterWriter.direction(-130)).as("Helong from Yanji").isEqualTo("SW");
		assertThat(LetterWriter.direction(80)).isEqualTo("E");
		assertThat(LetterWriter.direction(350)).isEqualTo("N");
		assertThat(LetterWriter.direction(-100)).isEqualTo("W");
	}

	@Test
	void aCustodyThatBeganSomeDayOfASpanIsSaidToHaveBegunSomeTimeBetweenItsEndsWithTheYearOnce() {
		assertThat(writer("en").since(LAST_WEEK_OR_SO)).isEqualTo("some time between 23 November and 2 December 2026");
		assertThat(writer("ko").since(LAST_WEEK_OR_SO)).isEqualTo("2026년 11월 23일에서 12월 2일 사이의 어느 시점");
		assertThat(writer("zh").since(LAST_WEEK_OR_SO)).isEqualTo("2026年11月23日至12月2日之间的某个时候");
	}

	@Test
	void aSpanWithinOneMonthNamesTheMonthOnceAndOneAcrossYearsNamesBothYears() {
		FuzzyDate week = FuzzyDate.between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29));
		assertThat(writer("en").since(week)).isEqualTo("some time between 23 and 29 November 2026");
		assertThat(writer("zh").since(week)).isEqualTo("2026年11月23日至29日之间的某个时候");
		FuzzyDate newYear = FuzzyDate.between(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3));
		assertThat(writer("en").since(newYear)).isEqualTo("some time between 28 December 2026 and 3 January 2027");
		assertThat(writer("ko").since(newYear)).isEqualTo("2026년 12월 28일에서 2027년 1월 3일 사이의 어느 시점");
	}

	@Test
	void aKnownDayAYearOrAnAboutIsWrittenAsEverywhereElse() {
		LetterWriter english = writer("en");
		assertThat(english.since(FuzzyDate.on(LocalDate.of(2026, 11, 23)))).isEqualTo("23 November 2026");
		assertThat(english.since(FuzzyDate.inYear(2025))).isEqualTo("2025");
		assertThat(english.since(FuzzyDate.about(LocalDate.of(2026, 11, 23)))).isEqualTo("about 23 November 2026");
	}

	@Test
	void aSpanElsewhereInTheLetterNamesItsYearOnce() {
		assertThat(writer("en").date(LAST_WEEK_OR_SO)).isEqualTo("23 November – 2 December 2026");
		assertThat(writer("ko").date(LAST_WEEK_OR_SO)).isEqualTo("2026년 11월 23일 – 12월 2일");
	}

	private static LetterWriter writer(String language) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/drafting", "messages/law");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new LetterWriter(messages, language, null);
	}

}
