package org.vigil.geo.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.geo.PlaceKind;
import org.vigil.platform.Refusal;
import org.vigil.platform.RequestAddress;
import org.vigil.platform.validation.CountryCode;

/**
 * Administrators add places and name variants, and remove them: each step is checked, kept in
 * the database, written to the audit log and seen by the gazetteer at once.
 */
@Service
class PlaceAdministration {

	/** A place to add, as an administrator gives it. */
	record NewPlace(String name, String kind, String country, String within, Double lat, Double lon, String replaces, String note) {
	}

	/** What became of a step: done (with the record's id), or refused. */
	record Outcome(UUID id, List<Refusal> refusals) {

		static Outcome done(UUID id) {
			return new Outcome(id, List.of());
		}

		static Outcome refused(List<Refusal> refusals) {
			return new Outcome(null, List.copyOf(refusals));
		}

		boolean isDone() {
			return refusals.isEmpty();
		}

	}

	static final int MAX_NOTE_LENGTH = 500;

	private final AddedPlaceStore store;

	private final GazetteerService gazetteer;

	private final AuditLog audit;

	private final Clock clock;

	PlaceAdministration(AddedPlaceStore store, GazetteerService gazetteer, AuditLog audit) {
		this.store = store;
		this.gazetteer = gazetteer;
		this.audit = audit;
		this.clock = Clock.systemUTC();
	}

	List<AddedPlace> places() {
		return store.places();
	}

	List<AddedName> names() {
		return store.names();
	}

	@Transactional
	Outcome addPlace(Viewer admin, NewPlace place) {
		List<Refusal> refusals = new ArrayList<>();
		PlaceQueryCheck.check("name", place.name(), PlaceQueryCheck.MAX_NAME_LENGTH).ifPresent(refusals::add);
		PlaceKind kind = PlaceKind.ofCode(place.kind());
		if (kind == null) {
			refusals.add(Refusal.onField(GeoRule.PLACE_KIND_INVALID, "kind"));
		}
		if (!CountryCode.Validator.isCountryCode(place.country())) {
			refusals.add(Refusal.onField(GeoRule.COUNTRY_CODE_INVALID, "country"));
		}
		GeoCoordinates.checkLatitude("lat", place.lat()).ifPresent(refusals::add);
		GeoCoordinates.checkLongitude("lon", place.lon()).ifPresent(refusals::add);
		String within = blankToNull(place.within());
		if (within != null && gazetteer.find(within).filter(p -> p.kind() == PlaceKind.ADMIN1).isEmpty()) {
			refusals.add(Refusal.onField(GeoRule.PLACE_UNKNOWN, "within", within));
		}
		String replaces = blankToNull(place.replaces());
		if (replaces != null && !gazetteer.isShipped(replaces)) {
			refusals.add(Refusal.onField(GeoRule.PLACE_UNKNOWN, "replaces", replaces));
		}
		String note = blankToNull(place.note());
		if (note != null) {
			PlaceQueryCheck.check("note", note, MAX_NOTE_LENGTH).ifPresent(refusals::add);
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		AddedPlace added = new AddedPlace(UUID.randomUUID(), place.name().strip(), kind, place.country(), within, place.lat(),
				place.lon(), replaces, note, admin.username(), clock.instant(), 0);
		store.insert(added);
		changed();
		audit.record(AuditEvent.of(admin.username(), "place.added", "place", added.placeId(), RequestAddress.current())
			.withDetails(details("name", added.name(), "country", added.country(), "replaces", replaces)));
		return Outcome.done(added.id());
	}

	@Transactional
	Outcome addName(Viewer admin, String placeId, String name) {
		Optional<Refusal> bad = PlaceQueryCheck.check("name", name, PlaceQueryCheck.MAX_NAME_LENGTH);
		if (bad.isPresent()) {
			return Outcome.refused(List.of(bad.get()));
		}
		if (placeId == null || gazetteer.find(placeId).isEmpty()) {
			return Outcome.refused(List.of(Refusal.onField(GeoRule.PLACE_UNKNOWN, "placeId", String.valueOf(placeId))));
		}
		String variant = name.strip();
		if (store.hasName(placeId, variant) || gazetteer.namesOf(placeId).contains(variant)) {
			return Outcome.refused(List.of(Refusal.onField(GeoRule.PLACE_NAME_EXISTS, "name")));
		}
		AddedName added = new AddedName(UUID.randomUUID(), placeId, variant, admin.username(), clock.instant());
		store.insert(added);
		changed();
		audit.record(AuditEvent.of(admin.username(), "place.name-added", "place", placeId, RequestAddress.current())
			.withDetails(Map.of("name", variant)));
		return Outcome.done(added.id());
	}

	@Transactional
	Outcome removePlace(Viewer admin, UUID id, long version) {
		Optional<AddedPlace> place = store.place(id);
		if (place.isEmpty()) {
			throw new org.vigil.platform.NotFoundException("place");
		}
		if (!store.remove(id, version)) {
			return Outcome.refused(List.of(Refusal.of(GeoRule.PLACE_CHANGED).with("currentVersion", place.get().version())));
		}
		changed();
		audit.record(AuditEvent.of(admin.username(), "place.removed", "place", place.get().placeId(), RequestAddress.current())
			.withDetails(Map.of("name", place.get().name())));
		return Outcome.done(id);
	}

	@Transactional
	Outcome removeName(Viewer admin, UUID id) {
		AddedName name = store.name(id).orElseThrow(() -> new org.vigil.platform.NotFoundException("place name"));
		store.removeName(id);
		changed();
		audit.record(AuditEvent.of(admin.username(), "place.name-removed", "place", name.placeId(), RequestAddress.current())
			.withDetails(Map.of("name", name.name())));
		return Outcome.done(id);
	}

	/** The gazetteer sees the change once it is committed (a rebuild before would miss it). */
	private void changed() {
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
					new org.springframework.transaction.support.TransactionSynchronization() {
						@Override
						public void afterCommit() {
							gazetteer.changed();
						}
					});
		}
		else {
			gazetteer.changed();
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Map<String, String> details(String... pairs) {
		Map<String, String> details = new java.util.TreeMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				details.put(pairs[i], pairs[i + 1]);
			}
		}
		return details;
	}

}
