package org.vigil.publishing.internal.site;

import java.time.Instant;
import java.util.List;

/** One version of an item as it was published, the first included: earlier versions stay readable. */
public record ItemVersion(int version, String title, String summary, String body, String language, String region, String countryCode,
		List<String> themes, Instant releasedAt, Instant publishedAt) {

	public List<String> paragraphs() {
		return Paragraphs.of(body);
	}

}
