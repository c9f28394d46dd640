package org.vigil.whereabouts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WhereaboutsEntryRepository extends JpaRepository<WhereaboutsEntry, UUID> {

	List<WhereaboutsEntry> findByCaseIdOrderByDateEarliestAscCreatedAtAsc(UUID caseId);

	/** One person's entries: what a new entry is checked against. */
	List<WhereaboutsEntry> findByCaseIdAndPersonId(UUID caseId, UUID personId);

	Optional<WhereaboutsEntry> findByIdAndCaseId(UUID id, UUID caseId);

	boolean existsByCaseId(UUID caseId);

	long countByCaseId(UUID caseId);

	/**
	 * One page of the case's timeline, person by person in the order they were recorded, each
	 * person's entries in the order they happened: the order the timeline is shown in.
	 */
	@Query(nativeQuery = true, value = """
			select e.* from whereabouts_entries e join persons p on p.id = e.person_id where e.case_id = :caseId
			order by p.created_at, p.id, e.date_earliest, e.date_latest,
			  case e.kind when 'CUSTODY' then 0 when 'SIGHTING' then 1 when 'TRANSFER' then 2 else 3 end, e.created_at, e.id
			limit :limit offset :offset""")
	List<WhereaboutsEntry> page(UUID caseId, int limit, long offset);

	/**
	 * Each person's latest entry that says where they are (custody, sighting or hiding) and latest
	 * expected transfer, at most two a person: what the case page's summary line says.
	 */
	@Query(nativeQuery = true, value = """
			select e.* from whereabouts_entries e where e.id in (
			  select r.id from (select w.id, row_number() over (partition by w.person_id, w.kind = 'TRANSFER'
			    order by w.date_earliest desc, w.date_latest desc, w.created_at desc, w.id desc) as n
			  from whereabouts_entries w where w.case_id = :caseId) r where r.n = 1)""")
	List<WhereaboutsEntry> latestPlaceAndTransferOfEachPerson(UUID caseId);

	/** One page of one person's timeline, in the order it happened (as {@link #page} orders each person's). */
	@Query(nativeQuery = true, value = """
			select e.* from whereabouts_entries e where e.case_id = :caseId and e.person_id = :personId
			order by e.date_earliest, e.date_latest,
			  case e.kind when 'CUSTODY' then 0 when 'SIGHTING' then 1 when 'TRANSFER' then 2 else 3 end, e.created_at, e.id
			limit :limit offset :offset""")
	List<WhereaboutsEntry> pageOfPerson(UUID caseId, UUID personId, int limit, long offset);

	long countByCaseIdAndPersonId(UUID caseId, UUID personId);

	/** How many entries each person of the case has: {person id, count}. */
	@Query("select e.personId, count(e) from WhereaboutsEntry e where e.caseId = :caseId group by e.personId")
	List<Object[]> countsByPerson(UUID caseId);

}
