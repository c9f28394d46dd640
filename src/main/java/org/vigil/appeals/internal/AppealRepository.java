package org.vigil.appeals.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.vigil.appeals.AppealStatus;

interface AppealRepository extends JpaRepository<Appeal, UUID> {

	List<Appeal> findByCaseIdOrderByCreatedAtDesc(UUID caseId);

	Optional<Appeal> findFirstByCaseIdOrderByCreatedAtDesc(UUID caseId);

	List<Appeal> findByStatusOrderBySubmittedAtAsc(AppealStatus status);

	/** The appeal, only if it belongs to that case: an appeal of another case is not found. */
	Optional<Appeal> findByIdAndCaseId(UUID id, UUID caseId);

}
