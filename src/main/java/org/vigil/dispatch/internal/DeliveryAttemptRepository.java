package org.vigil.dispatch.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryAttemptRepository extends JpaRepository<DeliveryAttempt, UUID> {

	List<DeliveryAttempt> findByCaseIdAndAppealIdOrderByCreatedAt(UUID caseId, UUID appealId);

	Optional<DeliveryAttempt> findByMessageId(String messageId);

	/** The attempts whose subject quoted this reference: the letters a reply may answer. */
	List<DeliveryAttempt> findByAppealReferenceOrderByCreatedAtDesc(String appealReference);

}
