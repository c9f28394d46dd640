package org.vigil.whereabouts.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.PersonDirectory;
import org.vigil.cases.PersonEntry;
import org.vigil.whereabouts.PlaceRef;

/**
 * Reads what the map draws: each person's latest {@value WhereaboutsMap#LATEST_POINTS} entries
 * with a public place, and of each only its kind, its places and whether custody is still open, in
 * one statement. No place of hiding, note or source is read (the map shows none, to anyone), so
 * nothing is opened or audited; loading the entries as entities and as the timeline's views cost
 * the largest case several times what the map needs.
 */
@Component
class MapSteps {

	private static final String LATEST = """
			select person_id, kind, until_earliest is null as open,
			       place_id, place_name, place_admin1, place_country, place_lat, place_lon,
			       from_place_id, from_place_name, from_place_admin1, from_place_country, from_place_lat, from_place_lon
			from (select w.*, row_number() over (partition by w.person_id
			        order by w.date_earliest desc, w.date_latest desc, w.created_at desc, w.id desc) as n
			      from whereabouts_entries w where w.case_id = :caseId and w.kind <> 'HIDING') r
			where r.n <= :count
			order by r.person_id, r.date_earliest, r.date_latest,
			  case r.kind when 'CUSTODY' then 0 when 'SIGHTING' then 1 else 2 end, r.created_at, r.id""";

	private final JdbcClient jdbc;

	private final PersonDirectory persons;

	private final TimelineViews views;

	MapSteps(JdbcClient jdbc, PersonDirectory persons, TimelineViews views) {
		this.jdbc = jdbc;
		this.persons = persons;
		this.views = views;
	}

	/** The map of the case, for any viewer of it (it shows nothing protected). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	WhereaboutsMap of(CaseStanding standing) {
		String fearedReturn = standing.visibleCase().countryOfFearedReturn();
		Map<UUID, List<WhereaboutsMap.Step>> byPerson = new LinkedHashMap<>();
		jdbc.sql(LATEST).param("caseId", standing.caseId()).param("count", WhereaboutsMap.LATEST_POINTS).query(rs -> {
			EntryKind kind = EntryKind.valueOf(rs.getString("kind"));
			PlaceRef place = place(rs, "place_");
			if (place == null) {
				return;
			}
			PlaceRef from = kind == EntryKind.TRANSFER ? place(rs, "from_place_") : null;
			byPerson.computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new ArrayList<>())
				.add(new WhereaboutsMap.Step(kind, place, from, kind == EntryKind.CUSTODY && rs.getBoolean("open"),
						views.distanceOfPublicPlace(fearedReturn, place), views.distanceOfPublicPlace(fearedReturn, from)));
		});
		Map<PersonEntry, List<WhereaboutsMap.Step>> steps = new LinkedHashMap<>();
		for (PersonEntry person : persons.persons(standing)) {
			List<WhereaboutsMap.Step> own = byPerson.get(person.id());
			if (own != null) {
				steps.put(person, own);
			}
		}
		return WhereaboutsMap.of(fearedReturn, steps);
	}

	private static PlaceRef place(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
		String name = rs.getString(prefix + "name");
		Double lat = rs.getObject(prefix + "lat", Double.class);
		Double lon = rs.getObject(prefix + "lon", Double.class);
		return name == null || lat == null || lon == null ? null
				: new PlaceRef(rs.getString(prefix + "id"), name, rs.getString(prefix + "admin1"), rs.getString(prefix + "country"), lat, lon);
	}

}
