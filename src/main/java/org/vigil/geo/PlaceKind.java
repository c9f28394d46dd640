package org.vigil.geo;

import java.util.Locale;

/** What sort of place an entry is; the API writes it in lower case ({@code city}, {@code admin1}, {@code other}). */
public enum PlaceKind {

	/** A populated place: a city, town or village. */
	CITY,

	/** A first-level division of a country: a province, state, oblast, autonomous region. */
	ADMIN1,

	/** Anything else: a country, a border crossing, a prefecture, a facility an administrator added. */
	OTHER;

	/** The name the API uses. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind of that API name, or {@code null} when there is none. */
	public static PlaceKind ofCode(String code) {
		for (PlaceKind kind : values()) {
			if (kind.code().equals(code)) {
				return kind;
			}
		}
		return null;
	}

}
