package org.vigil.whereabouts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.DatePrecision;
import org.vigil.cases.PersonDirectory;
import org.vigil.cases.PersonEntry;
import org.vigil.cases.Reliability;
import org.vigil.cases.SourceDirectory;
import org.vigil.cases.SourceEntry;
import org.vigil.cases.VisibleCase;
import org.vigil.vault.CaseKeys;
import org.vigil.whereabouts.CaseWhereabouts;
import org.vigil.whereabouts.Certainty;
import org.vigil.whereabouts.CustodyFact;
import org.vigil.whereabouts.FuzzyDate;
import org.vigil.whereabouts.PlaceRef;
import org.vigil.whereabouts.SightingFact;
import org.vigil.whereabouts.TransferFact;
import org.vigil.whereabouts.WhereaboutsFacts;

/**
 * The case's whereabouts as a public statement could give them, for module code acting on its own:
 * custody, expected transfers and sightings with the person's public label and the source's
 * reliability. Places of hiding, notes and sources' labels are never part of them, and a purged case
 * has none.
 */
@Component
@Transactional(readOnly = true)
class CaseFacts implements WhereaboutsFacts {

	private final JdbcClient jdbc;

	private final CaseDirectory cases;

	private final PersonDirectory persons;

	private final SourceDirectory sources;

	private final CaseKeys keys;

	CaseFacts(JdbcClient jdbc, CaseDirectory cases, PersonDirectory persons, SourceDirectory sources, CaseKeys keys) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.persons = persons;
		this.sources = sources;
		this.keys = keys;
	}

	/** Without a transaction of its own (one statement needs none): a commit less for every request that asks. */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<String> transferStates(UUID caseId) {
		return jdbc.sql("""
				select s.state from (
				  select upper(trim(coalesce(nullif(trim(e.receiving_state), ''), e.place_country))) as state,
				         min(e.date_earliest) as soonest
				  from whereabouts_entries e join persons p on p.id = e.person_id and p.case_id = e.case_id
				  where e.case_id = :caseId and e.kind = 'TRANSFER'
				  group by 1) s
				where s.state is not null and s.state <> ''
				order by s.soonest, s.state""")
			.param("caseId", caseId)
			.query(String.class)
			.list();
	}

	@Override
	public CaseWhereabouts of(UUID caseId) {
		return of(List.of(caseId)).get(caseId);
	}

	/**
	 * A few statements for all the cases together: the cases, which are purged, their entries (the
	 * columns the facts need, in plain SQL: a scheduled job asks for a thousand cases at a time, and
	 * loading each entry as an entity cost more than everything else), their persons and sources.
	 */
	@Override
	public Map<UUID, CaseWhereabouts> of(Collection<UUID> caseIds) {
		Map<UUID, VisibleCase> found = cases.describeAll(caseIds);
		Set<UUID> followed = new HashSet<>(found.keySet());
		followed.removeAll(keys.shredded(followed));
		Map<UUID, List<Row>> entriesByCase = followed.isEmpty() ? Map.of() : rows(followed);
		Set<UUID> withEntries = entriesByCase.keySet();
		Map<UUID, List<PersonEntry>> people = withEntries.isEmpty() ? Map.of() : persons.personsOf(withEntries);
		Map<UUID, List<SourceEntry>> sourcesByCase = withEntries.isEmpty() ? Map.of() : sources.sourcesOf(withEntries);
		Map<UUID, CaseWhereabouts> known = new LinkedHashMap<>();
		for (UUID caseId : caseIds) {
			List<Row> ofCase = entriesByCase.get(caseId);
			known.put(caseId, ofCase == null ? CaseWhereabouts.none(caseId)
					: facts(caseId, ofCase, people.getOrDefault(caseId, List.of()), sourcesByCase.getOrDefault(caseId, List.of())));
		}
		return known;
	}

	/** An entry as the facts read it: everything but the place of hiding and the notes, which are never part of them. */
	private record Row(UUID id, EntryContent content, Instant updatedAt) {
	}

	private static final String PUBLIC_COLUMNS = """
			select id, case_id, person_id, kind, place_id, place_name, place_admin1, place_country, place_lat, place_lon,
			       from_place_id, from_place_name, from_place_admin1, from_place_country, from_place_lat, from_place_lon,
			       custodian, custodian_country, facility, into_hands_of, receiving_state,
			       date_earliest, date_latest, date_precision, date_approximate,
			       until_earliest, until_latest, until_precision, until_approximate,
			       certainty, source_id, reported_on, report_id, report_proposal, updated_at
			from whereabouts_entries where case_id = any(?) and kind <> 'HIDING'
			order by case_id, date_earliest, created_at""";

	/** The cases' entries but places of hiding, by case, each case's in timeline order. */
	private Map<UUID, List<Row>> rows(Collection<UUID> caseIds) {
		Map<UUID, List<Row>> byCase = new LinkedHashMap<>();
		jdbc.sql(PUBLIC_COLUMNS).param(caseIds.toArray(UUID[]::new)).query(rs -> {
			EntryKind kind = EntryKind.valueOf(rs.getString("kind"));
			UUID personId = rs.getObject("person_id", UUID.class);
			EntryContent content = new EntryContent(personId, kind, place(rs, "place_"), place(rs, "from_place_"), rs.getString("custodian"),
					rs.getString("custodian_country"), rs.getString("facility"), rs.getString("into_hands_of"), rs.getString("receiving_state"),
					date(rs, "date_"), date(rs, "until_"), Certainty.valueOf(rs.getString("certainty")), rs.getObject("source_id", UUID.class),
					rs.getObject("reported_on", LocalDate.class), null, rs.getObject("report_id", UUID.class),
					rs.getObject("report_proposal", Integer.class), Set.of());
			byCase.computeIfAbsent(rs.getObject("case_id", UUID.class), id -> new ArrayList<>())
				.add(new Row(rs.getObject("id", UUID.class), content, rs.getTimestamp("updated_at").toInstant()));
		});
		return byCase;
	}

	private static PlaceRef place(ResultSet rs, String prefix) throws SQLException {
		String name = rs.getString(prefix + "name");
		Double lat = rs.getObject(prefix + "lat", Double.class);
		Double lon = rs.getObject(prefix + "lon", Double.class);
		return name == null || lat == null || lon == null ? null
				: new PlaceRef(rs.getString(prefix + "id"), name, rs.getString(prefix + "admin1"), rs.getString(prefix + "country"), lat, lon);
	}

	private static FuzzyDate date(ResultSet rs, String prefix) throws SQLException {
		LocalDate earliest = rs.getObject(prefix + "earliest", LocalDate.class);
		return earliest == null ? null : new FuzzyDate(earliest, rs.getObject(prefix + "latest", LocalDate.class),
				DatePrecision.valueOf(rs.getString(prefix + "precision")), rs.getBoolean(prefix + "approximate"));
	}

	private static CaseWhereabouts facts(UUID caseId, List<Row> ofCase, List<PersonEntry> persons, List<SourceEntry> sources) {
		Map<UUID, PersonEntry> people = persons.stream().collect(Collectors.toMap(PersonEntry::id, Function.identity()));
		Map<UUID, SourceEntry> named = sources.stream().collect(Collectors.toMap(SourceEntry::id, Function.identity()));
		List<CustodyFact> custody = new ArrayList<>();
		List<TransferFact> transfers = new ArrayList<>();
		List<SightingFact> sightings = new ArrayList<>();
		Instant last = null;
		for (Row entry : ofCase) {
			EntryContent c = entry.content();
			PersonEntry person = people.get(c.personId());
			if (person == null) {
				continue;
			}
			SourceEntry source = c.sourceId() == null ? null : named.get(c.sourceId());
			Reliability r = source == null ? null : source.reliability();
			boolean confidential = source != null && source.confidential();
			switch (c.kind()) {
				case CUSTODY -> custody.add(new CustodyFact(entry.id(), person.id(), person.publicLabel(), c.place(), c.custodian(), c.date(),
						c.until(), c.certainty(), r, confidential, c.reportedOn()));
				case TRANSFER -> transfers.add(new TransferFact(entry.id(), person.id(), person.publicLabel(), c.from(), c.place(),
						c.intoHandsOf(), c.receivingState(), c.date(), c.certainty(), r, confidential, c.reportedOn()));
				case SIGHTING -> sightings.add(new SightingFact(entry.id(), person.id(), person.publicLabel(), c.place(), c.date(), r,
						c.reportedOn()));
				default -> {
				}
			}
			if (last == null || entry.updatedAt().isAfter(last)) {
				last = entry.updatedAt();
			}
		}
		transfers.sort(Comparator.comparing((TransferFact t) -> t.expected().earliest()));
		return new CaseWhereabouts(caseId, custody, transfers, sightings, Optional.ofNullable(last));
	}

}
