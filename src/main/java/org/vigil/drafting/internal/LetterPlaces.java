package org.vigil.drafting.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Place;
import org.vigil.whereabouts.PlaceRef;

/**
 * How a letter writes a place: in a Chinese letter in Chinese characters and in a Korean one in Hangul,
 * where the gazetteer holds the place's name in that script (延吉, 연길), with its province the same way
 * (吉林省和龙, 지린성 화룡); the Latin name where it holds none, and always in English. A place given by its
 * coordinates alone keeps the name it was given.
 */
final class LetterPlaces {

	private final Gazetteer gazetteer;

	private final MessageSource messages;

	private final Locale locale;

	/** The names already looked up, by gazetteer id: a group followed for years names the same places hundreds of times. */
	private final Map<String, Optional<String>> names = new HashMap<>();

	private final Map<String, Optional<String>> divisions = new HashMap<>();

	LetterPlaces(Gazetteer gazetteer, MessageSource messages, Locale locale) {
		this.gazetteer = gazetteer;
		this.messages = messages;
		this.locale = locale;
	}

	/** "Helong", "和龙", "화룡". */
	String name(PlaceRef place) {
		return own(place).orElse(place.name());
	}

	/** "Helong, Jilin", "吉林省和龙", "지린성 화룡" — the name with its province when there is one. */
	String label(PlaceRef place) {
		if (place.admin1() == null || place.admin1().isBlank() || place.admin1().equals(place.name())) {
			return name(place);
		}
		Optional<String> own = own(place);
		Optional<String> division = place.placeId() == null ? Optional.empty()
				: divisions.computeIfAbsent(place.placeId(), id -> gazetteer.divisionOf(id).map(Place::id).flatMap(d -> gazetteer.nameIn(d, locale)));
		// Province before city where both are in the letter's script; a Latin name is not run into Chinese characters.
		String key = own.isPresent() && division.isPresent() ? "drafting.place.within" : "drafting.place.withinLatin";
		return messages.getMessage(key, new Object[] { own.orElse(place.name()), division.orElse(place.admin1()) }, locale);
	}

	private Optional<String> own(PlaceRef place) {
		return place.placeId() == null ? Optional.empty() : names.computeIfAbsent(place.placeId(), id -> gazetteer.nameIn(id, locale));
	}

}
