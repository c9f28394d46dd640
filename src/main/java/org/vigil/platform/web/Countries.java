package org.vigil.platform.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Country names in the reader's language, for pick lists and display ({@code ${@countries.name('CN')}}
 * in templates).
 */
@Component("countries")
public class Countries {

	public record Country(String code, String name) {
	}

	public List<Country> all(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, name(code, locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	public String name(String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return "";
		}
		return new Locale("", code).getDisplayCountry(locale);
	}

}
