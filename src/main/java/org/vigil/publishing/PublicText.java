package org.vigil.publishing;

/**
 * A released text as the public site shows it: the redacted public copy and its tags.
 *
 * @param publicationId the publication it was released from (kept to answer the same item when the
 *        same release is handed in twice; never shown)
 * @param body plain text, paragraphs separated by a blank line (the site escapes it; never HTML)
 * @param language a BCP 47 tag (en, ko, zh)
 * @param region the UN M49 code of the area the item is filed under ({@code 030}: Eastern Asia; the site knows its names)
 * @param countryCode ISO 3166-1 alpha-2
 * @param themes the themes it is listed under, e.g. "Refoulement"
 * @param releasedAt when it was released
 */
public record PublicText(java.util.UUID publicationId, PublicKind kind, String title, String summary, String body,
		String language, String region, String countryCode, java.util.List<String> themes, java.time.Instant releasedAt) {
}
