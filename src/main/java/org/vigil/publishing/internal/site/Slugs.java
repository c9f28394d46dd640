package org.vigil.publishing.internal.site;

import java.text.Normalizer;
import java.util.Locale;

import org.vigil.publishing.PublicKind;

/**
 * The names in the public site's addresses: an item's slug ({@code 2026/cn-1-urgent-appeal-…}) and
 * the keys of regions and themes ({@code east-asia}). Latin letters lose their accents; a title with
 * no Latin letters at all (Korean, Chinese) leaves only the year, country, number and kind, which are
 * unique on their own.
 */
final class Slugs {

	/** The most characters the title adds to a slug. */
	static final int TITLE_PART = 60;

	private Slugs() {
	}

	static String item(int year, String countryCode, int number, PublicKind kind, String title) {
		String start = year + "/" + countryCode.toLowerCase(Locale.ROOT) + "-" + number + "-" + kindPart(kind);
		String words = ascii(title);
		if (words.length() > TITLE_PART) {
			int cut = words.lastIndexOf('-', TITLE_PART);
			words = words.substring(0, cut > 0 ? cut : TITLE_PART);
		}
		return words.isEmpty() ? start : start + "-" + words;
	}

	static String kindPart(PublicKind kind) {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The key of a region or a theme in an address: its Latin words in lower case joined by hyphens,
	 * or, for a name without any, the name itself in lower case with hyphens for spaces and for
	 * anything that would mean something else in an address or a file name ({@code / . ? # %}).
	 */
	static String key(String name) {
		String words = ascii(name);
		return words.isEmpty() ? name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s/\\\\.?#%]+", "-") : words;
	}

	/** The Latin letters and digits of the text, accents dropped, in lower case, each run of anything else one hyphen. */
	static String ascii(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
		return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

}
