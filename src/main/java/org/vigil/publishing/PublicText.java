package org.vigil.publishing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The text of a public item.
 *
 * @param body plain text, paragraphs separated by a blank line
 * @param language {@code en}, {@code ko} or {@code zh}
 * @param region a display name ("East Asia")
 * @param countryCode ISO 3166-1 alpha-2
 */
public record PublicText(UUID publicationId, PublicKind kind, String title, String summary, String body, String language,
		String region, String countryCode, List<String> themes, Instant releasedAt) {
}
