package org.vigil.geo;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds places by what people write. Whereabouts asks it to resolve the place names a contact's
 * report mentions; pages and the API ask it for the candidates of a text a user typed.
 *
 * <p>A text may carry its own context — "Shengyang city of Lioaning province", "Yanji, Jilin,
 * China", "吉林省和龙市" — and is matched with misspellings, romanisation variants (Pinyin,
 * Wade–Giles, McCune–Reischauer, Revised Romanization), Chinese and Korean script and older names.
 * Places and name variants that an administrator added win over the shipped data.
 */
public interface Gazetteer {

	/** The longest text {@link #resolve} reads; a longer one resolves to nothing. */
	int MAX_TEXT_LENGTH = 200;

	/** The most candidates a resolution answers. */
	int MAX_CANDIDATES = 10;

	/**
	 * The places the text may mean, best first. A text that is blank, too long or holds control
	 * characters resolves to nothing (the API refuses it first, naming the field).
	 *
	 * @param text what was written
	 * @param country an ISO 3166-1 alpha-2 code that narrows the answer to that country when it has
	 *                a fitting place, or {@code null}
	 */
	PlaceResolution resolve(String text, String country);

	/** The places the text may mean, best first, in any country. */
	default PlaceResolution resolve(String text) {
		return resolve(text, null);
	}

	/** The place with that id, shipped or added by an administrator. */
	Optional<Place> find(String id);

	/**
	 * The place's name as a text in that language writes it, when the gazetteer holds one in the language's
	 * script: Chinese characters for Chinese (the simplified form when it holds both), Hangul for Korean.
	 * Empty for another language, an unknown id, or a place with no name in that script, of which a text
	 * writes the Latin {@link Place#name()}.
	 */
	Optional<String> nameIn(String id, Locale language);

	/** The first-level division (province, state) that the place with that id lies in, when the gazetteer knows it. */
	Optional<Place> divisionOf(String id);

}
