package org.vigil.appeals.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppealRepository extends JpaRepository<Appeal, UUID> {

	List<Appeal> findByCaseIdOrderByCreatedAtDesc(UUID caseId);

	/** The appeal, only if it belongs to that case: an appeal of another case is not found. */
	Optional<Appeal> findByIdAndCaseId(UUID id, UUID caseId);

}
