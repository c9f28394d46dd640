package org.vigil.whereabouts.internal;

import java.time.Instant;
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
import org.springframework.transaction.annotation.Transactional;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.PersonDirectory;
import org.vigil.cases.PersonEntry;
import org.vigil.cases.Reliability;
import org.vigil.cases.SourceDirectory;
import org.vigil.cases.SourceEntry;
import org.vigil.cases.VisibleCase;
import org.vigil.vault.CaseKeys;
import org.vigil.whereabouts.CaseWhereabouts;
import org.vigil.whereabouts.CustodyFact;
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

	private final WhereaboutsEntryRepository entries;

	private final CaseDirectory cases;

	private final PersonDirectory persons;

	private final SourceDirectory sources;

	private final CaseKeys keys;

	private final JdbcClient jdbc;

	CaseFacts(WhereaboutsEntryRepository entries, CaseDirectory cases, PersonDirectory persons, SourceDirectory sources, CaseKeys keys,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.entries = entries;
		this.cases = cases;
		this.persons = persons;
		this.sources = sources;
		this.keys = keys;
	}

	@Override
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

	/** A few statements for all the cases together: the cases, which are purged, their persons, sources and entries. */
	@Override
	public Map<UUID, CaseWhereabouts> of(Collection<UUID> caseIds) {
		Map<UUID, VisibleCase> found = cases.describeAll(caseIds);
		Set<UUID> followed = new HashSet<>(found.keySet());
		followed.removeAll(keys.shredded(followed));
		Map<UUID, List<WhereaboutsEntry>> entriesByCase = followed.isEmpty() ? Map.of()
				: entries.findByCaseIdInOrderByDateEarliestAscCreatedAtAsc(followed).stream()
					.collect(Collectors.groupingBy(WhereaboutsEntry::caseId));
		Set<UUID> withEntries = entriesByCase.keySet();
		Map<UUID, List<PersonEntry>> people = withEntries.isEmpty() ? Map.of() : persons.personsOf(withEntries);
		Map<UUID, List<SourceEntry>> sourcesByCase = withEntries.isEmpty() ? Map.of() : sources.sourcesOf(withEntries);
		Map<UUID, CaseWhereabouts> known = new LinkedHashMap<>();
		for (UUID caseId : caseIds) {
			List<WhereaboutsEntry> ofCase = entriesByCase.get(caseId);
			known.put(caseId, ofCase == null ? CaseWhereabouts.none(caseId)
					: facts(caseId, ofCase, people.getOrDefault(caseId, List.of()), sourcesByCase.getOrDefault(caseId, List.of())));
		}
		return known;
	}

	private static CaseWhereabouts facts(UUID caseId, List<WhereaboutsEntry> ofCase, List<PersonEntry> persons, List<SourceEntry> sources) {
		Map<UUID, PersonEntry> people = persons.stream().collect(Collectors.toMap(PersonEntry::id, Function.identity()));
		Map<UUID, Reliability> reliability = sources.stream()
			.filter(s -> s.reliability() != null)
			.collect(Collectors.toMap(SourceEntry::id, SourceEntry::reliability));
		List<CustodyFact> custody = new ArrayList<>();
		List<TransferFact> transfers = new ArrayList<>();
		List<SightingFact> sightings = new ArrayList<>();
		Instant last = null;
		for (WhereaboutsEntry entry : ofCase) {
			PersonEntry person = people.get(entry.personId());
			if (person == null || entry.kind() == EntryKind.HIDING) {
				continue;
			}
			EntryContent c = entry.content(null, null);
			Reliability r = c.sourceId() == null ? null : reliability.get(c.sourceId());
			switch (c.kind()) {
				case CUSTODY -> custody.add(new CustodyFact(entry.id(), person.id(), person.publicLabel(), c.place(), c.custodian(), c.date(),
						c.until(), c.certainty(), r, c.reportedOn()));
				case TRANSFER -> transfers.add(new TransferFact(entry.id(), person.id(), person.publicLabel(), c.from(), c.place(),
						c.intoHandsOf(), c.receivingState(), c.date(), c.certainty(), r, c.reportedOn()));
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
