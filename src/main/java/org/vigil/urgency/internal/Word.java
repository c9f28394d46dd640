package org.vigil.urgency.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One argument of a {@link Phrase}: a piece of text, a number, a country (named in the reader's
 * language), a day (written as the reader writes dates) or another phrase.
 */
sealed interface Word permits Word.Text, Word.Number, Word.Country, Word.Day, Phrase {

	static Text text(String value) {
		return new Text(value);
	}

	static Number number(long value) {
		return new Number(value);
	}

	static Country country(String code) {
		return new Country(code);
	}

	static Day day(LocalDate value) {
		return new Day(value);
	}

	/** Text shown as it is: a place's name, a custodian as the report names it. */
	record Text(String value) implements Word {

		public Text {
			Objects.requireNonNull(value, "value");
		}

	}

	/** A count or a distance, written with the reader's digits and separators. */
	record Number(long value) implements Word {
	}

	/** A country by its ISO 3166-1 alpha-2 code, named in the reader's language. */
	record Country(String code) implements Word {

		public Country {
			Objects.requireNonNull(code, "code");
		}

	}

	/** A calendar day. */
	record Day(LocalDate value) implements Word {

		public Day {
			Objects.requireNonNull(value, "value");
		}

	}

}
