package org.vigil.publishing.internal.prepare;

import java.util.List;
import java.util.Objects;

/**
 * What a reviewer edits of a publication, all of which becomes public on release.
 *
 * @param body plain text, paragraphs separated by a blank line
 * @param language {@code en}, {@code ko} or {@code zh}
 * @param region the UN M49 code of the area it is filed under ({@code 030}: Eastern Asia), or {@code null}
 * @param countryCode ISO 3166-1 alpha-2, or {@code null}
 */
record PublicationText(String title, String summary, String body, String language, String region, String countryCode,
		List<String> themes) {

	PublicationText {
		title = Objects.requireNonNullElse(title, "").strip();
		summary = Objects.requireNonNullElse(summary, "").strip();
		body = Objects.requireNonNullElse(body, "").strip();
		region = region == null || region.isBlank() ? null : region.strip();
		countryCode = countryCode == null || countryCode.isBlank() ? null : countryCode.strip().toUpperCase(java.util.Locale.ROOT);
		themes = themes == null ? List.of() : themes.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
	}

	/** The same text with the title, summary and body given, the tags kept. */
	PublicationText withWords(String title, String summary, String body) {
		return new PublicationText(title, summary, body, language, region, countryCode, themes);
	}

}
