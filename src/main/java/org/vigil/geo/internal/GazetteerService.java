package org.vigil.geo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceResolution;

/**
 * {@link Gazetteer} on the shipped index and a small index of what administrators added, which is
 * searched first and rebuilt whenever they change it. An added place stands in for the shipped
 * place it replaces; an added name makes its place match that name as well as its own.
 */
@Service
class GazetteerService implements Gazetteer {

	/** How prominent an added place counts: like a town of some ten thousand people. */
	static final double ADDED_IMPORTANCE = 0.6;

	private final GeoData data;

	private final AddedPlaceStore store;

	private volatile Resolver resolver;

	private volatile Resolver.Indexes indexes;

	GazetteerService(GeoData data, AddedPlaceStore store) {
		this.data = data;
		this.store = store;
	}

	@Override
	public PlaceResolution resolve(String text, String country) {
		return resolver().resolve(text, country, indexes());
	}

	@Override
	public Optional<Place> find(String id) {
		if (id == null) {
			return Optional.empty();
		}
		return indexes().find(id).map(IndexedPlace::place);
	}

	/**
	 * From the names the indexes hold, the shipped ones first: a letter writes the gazetteer's own name, and a
	 * variant an administrator added is often a spelling people get wrong, added so that it is found.
	 */
	@Override
	public Optional<String> nameIn(String id, Locale language) {
		if (id == null) {
			return Optional.empty();
		}
		List<String> names = new ArrayList<>();
		List<PlaceIndex> all = indexes().indexes();
		for (int i = all.size() - 1; i >= 0; i--) {
			names.addAll(all.get(i).namesOf(id));
		}
		return NamesInLanguage.pick(names, language);
	}

	@Override
	public Optional<Place> divisionOf(String id) {
		if (id == null) {
			return Optional.empty();
		}
		return indexes().find(id).map(IndexedPlace::within).flatMap(this::find);
	}

	/** Every name the place is known by, shipped and added. */
	List<String> namesOf(String id) {
		List<String> names = new ArrayList<>();
		for (PlaceIndex index : indexes().indexes()) {
			for (String name : index.namesOf(id)) {
				if (!names.contains(name)) {
					names.add(name);
				}
			}
		}
		return names;
	}

	/** Whether a shipped place with that id exists (an added one may replace it). */
	boolean isShipped(String id) {
		return data.get().places().find(id).isPresent();
	}

	/** Makes the next question rebuild the administrators' index from the database. */
	synchronized void changed() {
		indexes = null;
		if (resolver != null) {
			resolver.forgetContext();
		}
	}

	private Resolver resolver() {
		Resolver current = resolver;
		if (current == null) {
			synchronized (this) {
				if (resolver == null) {
					resolver = new Resolver(data.get().countries());
				}
				current = resolver;
			}
		}
		return current;
	}

	private Resolver.Indexes indexes() {
		Resolver.Indexes current = indexes;
		if (current == null) {
			synchronized (this) {
				if (indexes == null) {
					indexes = build();
				}
				current = indexes;
			}
		}
		return current;
	}

	private Resolver.Indexes build() {
		PlaceIndex shipped = data.get().places();
		Map<String, List<String>> namesByPlace = new HashMap<>();
		for (AddedName name : store.names()) {
			namesByPlace.computeIfAbsent(name.placeId(), k -> new ArrayList<>()).add(name.name());
		}
		List<IndexedPlace> added = new ArrayList<>();
		Set<String> hidden = new HashSet<>();
		for (AddedPlace p : store.places()) {
			String admin1 = p.within() == null ? null : shipped.find(p.within()).map(a -> a.place().name()).orElse(null);
			Place place = new Place(p.placeId(), p.name(), p.kind(), p.country(), admin1, p.lat(), p.lon(), 0, true);
			List<String> names = new ArrayList<>();
			names.add(p.name());
			names.addAll(namesByPlace.getOrDefault(p.placeId(), List.of()));
			added.add(new IndexedPlace(place, names, p.within(), ADDED_IMPORTANCE, true));
			if (p.replaces() != null) {
				hidden.add(p.replaces());
			}
		}
		namesByPlace.forEach((placeId, names) -> shipped.find(placeId)
			.ifPresent(s -> added.add(new IndexedPlace(s.place(), names, s.within(), s.importance(), true))));
		return new Resolver.Indexes(List.of(new PlaceIndex(added), shipped), Set.copyOf(hidden));
	}

}
