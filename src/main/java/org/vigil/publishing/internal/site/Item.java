package org.vigil.publishing.internal.site;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicKind;

/**
 * A published item as the site keeps it: its address, its current version's text and tags, and
 * whether it was withdrawn (then only the notice is shown).
 */
public record Item(UUID id, String slug, PublicKind kind, int version, String title, String summary, String body, String language,
		String region, String regionKey, String countryCode, List<String> themes, List<String> themeKeys, Instant releasedAt,
		Instant firstPublished, Instant lastCorrected, Instant withdrawnAt, String withdrawalNotice) {

	static final String ROOT = "/public/";

	public String path() {
		return ROOT + slug;
	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	/** The country code as it reads in addresses: {@code cn}. */
	public String countryKey() {
		return countryCode.toLowerCase(Locale.ROOT);
	}

	/** The country's name in the reader's language. */
	public String countryName() {
		return SitePages.countryName(countryCode);
	}

	/** When it last changed: its correction, else its first publication. */
	public Instant updated() {
		return lastCorrected != null ? lastCorrected : firstPublished;
	}

	/** The body's paragraphs, as the site shows them: separated by a blank line in the text. */
	public List<String> paragraphs() {
		return Paragraphs.of(body);
	}

	public PublicItem published() {
		return new PublicItem(slug, path(), version, firstPublished, lastCorrected);
	}

}
