package org.vigil.geo;

import java.util.Objects;

/**
 * An entry of the gazetteer.
 *
 * @param id a stable id: {@code gn:2033467} (GeoNames), {@code ne:CN-JL} (a Natural Earth division,
 *           by its ISO 3166-2 code), {@code cc:KP} (a country), {@code bx:tumen-namyang} (a border
 *           crossing), {@code vg:…} (curated for Vigil) or {@code db:…} (added by an administrator)
 * @param name the name to show, in Latin script
 * @param kind city, first-level division or other
 * @param country the ISO 3166-1 alpha-2 code of the country it is in
 * @param admin1 the name of its first-level division (province, state), or {@code null}
 * @param lat latitude in degrees (WGS84)
 * @param lon longitude in degrees (WGS84)
 * @param population the population GeoNames gives, or 0 when unknown
 * @param verified false when the coordinates are an estimate nobody could give a source for
 */
public record Place(String id, String name, PlaceKind kind, String country, String admin1, double lat, double lon,
		long population, boolean verified) {

	public Place {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(country, "country");
	}

	/** "Helong, Jilin" — the name with its division when there is one. */
	public String label() {
		return admin1 == null || admin1.isBlank() || kind == PlaceKind.ADMIN1 ? name : name + ", " + admin1;
	}

}
