package org.vigil.whereabouts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.vigil.whereabouts.PlaceRef;

/** A place as the entries table keeps it (case data: never a place of hiding). */
@Embeddable
class EntryPlace {

	@Column(length = 64)
	private String id;

	@Column(length = 200)
	private String name;

	@Column(length = 200)
	private String admin1;

	@Column(length = 2)
	private String country;

	private Double lat;

	private Double lon;

	protected EntryPlace() {
	}

	static EntryPlace of(PlaceRef place) {
		if (place == null) {
			return null;
		}
		EntryPlace stored = new EntryPlace();
		stored.id = place.placeId();
		stored.name = place.name();
		stored.admin1 = place.admin1();
		stored.country = place.country();
		stored.lat = place.lat();
		stored.lon = place.lon();
		return stored;
	}

	/** {@code null} when nothing is stored (Hibernate may hand an empty embeddable). */
	PlaceRef ref() {
		return name == null || lat == null || lon == null ? null : new PlaceRef(id, name, admin1, country, lat, lon);
	}

}
