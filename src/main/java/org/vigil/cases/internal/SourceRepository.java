package org.vigil.cases.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The sources of cases; a deleted source stays stored (and in the history) but is found by neither method. */
interface SourceRepository extends JpaRepository<Source, UUID> {

	List<Source> findByCaseIdAndDeletedAtIsNullOrderByCreatedAtAsc(UUID caseId);

	Optional<Source> findByIdAndCaseIdAndDeletedAtIsNull(UUID id, UUID caseId);

	/** The case's sources that were not deleted, oldest first. */
	default List<Source> ofCase(UUID caseId) {
		return findByCaseIdAndDeletedAtIsNullOrderByCreatedAtAsc(caseId);
	}

	/** The source, if it is one of the case's and was not deleted. */
	default Optional<Source> inCase(UUID id, UUID caseId) {
		return findByIdAndCaseIdAndDeletedAtIsNull(id, caseId);
	}

}
