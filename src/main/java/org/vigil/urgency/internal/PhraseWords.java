package org.vigil.urgency.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.vigil.platform.web.Countries;
import org.vigil.platform.web.Dates;

/**
 * Writes phrases in the reader's language: each argument in turn (a country by its name there, a
 * day as the reader writes dates, an inner phrase first), then the phrase's message with them.
 * Templates use it as {@code ${@urgencyWords.say(reason)}}.
 */
@Component("urgencyWords")
class PhraseWords {

	private final MessageSource messages;

	private final Countries countries;

	private final Dates dates;

	PhraseWords(MessageSource messages, Countries countries, Dates dates) {
		this.messages = messages;
		this.countries = countries;
		this.dates = dates;
	}

	/** In the language of the current request. */
	public String say(Phrase phrase) {
		return say(phrase, LocaleContextHolder.getLocale());
	}

	public List<String> say(List<Phrase> phrases) {
		Locale locale = LocaleContextHolder.getLocale();
		return phrases.stream().map(phrase -> say(phrase, locale)).toList();
	}

	String say(Phrase phrase, Locale locale) {
		Object[] arguments = phrase.words().stream().map(word -> argument(word, locale)).toArray();
		return messages.getMessage(phrase.key(), arguments, phrase.key(), locale);
	}

	private Object argument(Word word, Locale locale) {
		if (word instanceof Phrase inner) {
			return say(inner, locale);
		}
		if (word instanceof Word.Number number) {
			return number.value();
		}
		if (word instanceof Word.Country country) {
			String name = countries.name(country.code(), locale);
			return name.isBlank() ? country.code() : name;
		}
		if (word instanceof Word.Day day) {
			return dates.date(day.value());
		}
		return ((Word.Text) word).value();
	}

}
