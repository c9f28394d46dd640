package org.vigil.cases.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRepository extends JpaRepository<Source, UUID> {

	List<Source> findByCaseIdOrderByCreatedAtAsc(UUID caseId);

	Optional<Source> findByIdAndCaseId(UUID id, UUID caseId);

}
