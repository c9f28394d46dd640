package org.vigil.whereabouts.internal;

/**
 * A place as a user gives it: a gazetteer id (picked from the candidates), or coordinates with an
 * optional name when the gazetteer does not know the place.
 */
record PlaceInput(String placeId, String name, Double lat, Double lon) {

	static PlaceInput of(String placeId) {
		return new PlaceInput(placeId, null, null, null);
	}

	boolean isEmpty() {
		return (placeId == null || placeId.isBlank()) && lat == null && lon == null;
	}

}
