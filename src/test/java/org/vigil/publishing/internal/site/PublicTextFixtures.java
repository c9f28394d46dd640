package org.vigil.publishing.internal.site;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.vigil.publishing.PublicKind;
import org.vigil.publishing.PublicText;

/** Released texts as the release side hands them to the site, for the site's tests. */
final class PublicTextFixtures {

	static final Instant RELEASED = Instant.parse("2026-03-02T09:00:00Z");

	private PublicTextFixtures() {
	}

	static PublicText appeal(String title, String body, String countryCode) {
		return new PublicText(UUID.randomUUID(), PublicKind.URGENT_APPEAL, title, "Summary of " + title, body, "en", "030",
				countryCode, List.of("Refoulement"), RELEASED);
	}

	static PublicText in(String language, String title, String body, String region, String countryCode, String theme) {
		return new PublicText(UUID.randomUUID(), PublicKind.URGENT_APPEAL, title, "", body, language, region, countryCode,
				List.of(theme), RELEASED);
	}

	/** The same release's text with another title and body: a correction. */
	static PublicText corrected(PublicText text, String title, String body) {
		return new PublicText(text.publicationId(), text.kind(), title, text.summary(), body, text.language(), text.region(),
				text.countryCode(), text.themes(), text.releasedAt());
	}

}
