package org.vigil.whereabouts;

/**
 * A place as an entry names it: a gazetteer entry, or a point someone gave by its coordinates.
 *
 * @param placeId the gazetteer id ({@code gn:2033370}), or {@code null} for coordinates only
 * @param name the name to show, in Latin script
 * @param admin1 the province or state, or {@code null}
 * @param country the ISO 3166-1 alpha-2 code of the country it is in, or {@code null} when unknown
 * @param lat latitude in degrees (WGS84)
 * @param lon longitude in degrees (WGS84)
 */
public record PlaceRef(String placeId, String name, String admin1, String country, double lat, double lon) {

	/** "Helong, Jilin" — the name with its province when there is one. */
	public String label() {
		return admin1 == null || admin1.isBlank() || admin1.equals(name) ? name : name + ", " + admin1;
	}

}
