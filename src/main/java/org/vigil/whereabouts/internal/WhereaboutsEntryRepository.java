package org.vigil.whereabouts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface WhereaboutsEntryRepository extends JpaRepository<WhereaboutsEntry, UUID> {

	List<WhereaboutsEntry> findByCaseIdOrderByDateEarliestAscCreatedAtAsc(UUID caseId);

	Optional<WhereaboutsEntry> findByIdAndCaseId(UUID id, UUID caseId);

	boolean existsByCaseId(UUID caseId);

}
