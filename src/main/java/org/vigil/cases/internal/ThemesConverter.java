package org.vigil.cases.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a case's themes as one semicolon-separated column, so history shows them as one field.
 * The limits keep every accepted list within the column (15 × 60 characters and separators fit in
 * 1000), and a theme never holds a separator, so that it comes back as it was given.
 */
@Converter
class ThemesConverter implements AttributeConverter<Set<String>, String> {

	/** The most themes a case has. */
	static final int MAX_THEMES = 15;

	/** The longest theme. */
	static final int MAX_THEME_LENGTH = 60;

	/** One theme: anything but the separators. */
	static final String ONE_THEME = "[^;,]*";

	static Set<String> parse(String text) {
		if (text == null || text.isBlank()) {
			return new LinkedHashSet<>();
		}
		return Arrays.stream(text.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	@Override
	public String convertToDatabaseColumn(Set<String> themes) {
		return themes == null || themes.isEmpty() ? null : String.join("; ", themes);
	}

	@Override
	public Set<String> convertToEntityAttribute(String column) {
		return parse(column);
	}

}
