package org.vigil.appeals.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Names of the languages appeals are written in, in the reader's language
 * ({@code ${@appealLanguages.name('zh', #locale)}} in templates), and the ones the form suggests.
 */
@Component("appealLanguages")
public class AppealLanguages {

	/** The languages of the addressees an organisation writes to most: suggestions, not a limit. */
	private static final List<String> SUGGESTED = List.of("en", "zh", "ko", "ja", "ru", "fr", "es", "ar");

	public record Language(String tag, String name) {
	}

	public List<Language> suggested(Locale reader) {
		return SUGGESTED.stream().map(tag -> new Language(tag, name(tag, reader))).toList();
	}

	public String name(String tag, Locale reader) {
		if (tag == null || tag.isBlank()) {
			return "";
		}
		String name = Locale.forLanguageTag(tag).getDisplayName(reader);
		return name.isBlank() ? tag : name + " (" + tag + ")";
	}

}
