package org.vigil.appeals.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.vigil.appeals.AppealStatus;

interface AppealRepository extends JpaRepository<Appeal, UUID> {

	List<Appeal> findByCaseIdOrderByCreatedAtDesc(UUID caseId);

	Optional<Appeal> findFirstByCaseIdOrderByCreatedAtDesc(UUID caseId);

	List<Appeal> findByStatusOrderBySubmittedAtAsc(AppealStatus status);

	/** The appeal, only if it belongs to that case: an appeal of another case is not found. */
	Optional<Appeal> findByIdAndCaseId(UUID id, UUID caseId);

	/** As {@link #findByIdAndCaseId}, locked until the transaction ends: signatories approving at once see each other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Appeal a where a.id = :id and a.caseId = :caseId")
	Optional<Appeal> lockByIdAndCaseId(@Param("id") UUID id, @Param("caseId") UUID caseId);

}
