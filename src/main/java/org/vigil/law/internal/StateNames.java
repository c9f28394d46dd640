package org.vigil.law.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a participant's name as a status table writes it ("Türkiye", "Viet Nam", "China 4, 5",
 * "Bolivia (Plurinational State of)") into the ISO code of a tracked state. Names are compared
 * without accents, case, footnote numbers and punctuation; older UN names and common English ones
 * are known too.
 */
final class StateNames {

	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("turkey", "TR"), Map.entry("czech republic", "CZ"),
			Map.entry("swaziland", "SZ"), Map.entry("the former yugoslav republic of macedonia", "MK"), Map.entry("cape verde", "CV"),
			Map.entry("bolivia", "BO"), Map.entry("venezuela", "VE"), Map.entry("iran", "IR"), Map.entry("netherlands", "NL"),
			Map.entry("united kingdom", "GB"), Map.entry("micronesia", "FM"), Map.entry("moldova", "MD"), Map.entry("tanzania", "TZ"),
			Map.entry("vietnam", "VN"), Map.entry("laos", "LA"), Map.entry("syria", "SY"), Map.entry("russia", "RU"),
			Map.entry("north korea", "KP"), Map.entry("south korea", "KR"), Map.entry("korea republic of", "KR"),
			Map.entry("korea democratic people s republic of", "KP"), Map.entry("ivory coast", "CI"), Map.entry("palestine", "PS"),
			Map.entry("state of palestine", "PS"), Map.entry("holy see", "VA"), Map.entry("united states", "US"),
			Map.entry("democratic republic of congo", "CD"), Map.entry("congo democratic republic of the", "CD"),
			Map.entry("republic of the congo", "CG"), Map.entry("brunei", "BN"), Map.entry("east timor", "TL"),
			Map.entry("gambia the", "GM"), Map.entry("bahamas the", "BS"), Map.entry("united states of america", "US"));

	private final Map<String, String> byName = new HashMap<>();

	StateNames(Map<String, String> states) {
		states.forEach((code, name) -> byName.put(normal(name), code));
		ALIASES.forEach((name, code) -> {
			if (states.containsKey(code)) {
				byName.putIfAbsent(normal(name), code);
			}
		});
	}

	/** The tracked state of that name, if there is one. */
	Optional<String> code(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(byName.get(normal(name)));
	}

	/** Lower case, without accents, footnote numbers or punctuation, single spaces. */
	static String normal(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		plain = plain.toLowerCase(Locale.ROOT).replaceAll("[0-9]+", " ").replaceAll("[^\\p{L} ]", " ");
		return plain.replaceAll("\\s+", " ").strip();
	}

}
