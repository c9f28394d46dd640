package org.vigil.dispatch.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryAttemptRepository extends JpaRepository<DeliveryAttempt, UUID> {

	List<DeliveryAttempt> findByCaseIdAndAppealIdOrderByCreatedAt(UUID caseId, UUID appealId);

	Optional<DeliveryAttempt> findByMessageId(String messageId);

	/** The letters with these Message-IDs: those a group of replies read together answers, in one query. */
	List<DeliveryAttempt> findByMessageIdIn(java.util.Collection<String> messageIds);

	/** The attempts whose subject quoted this reference: the letters a reply may answer. */
	List<DeliveryAttempt> findByAppealReferenceOrderByCreatedAtDesc(String appealReference);

	/** Each appeal of the case with an attempt, and when its first attempt was made, the first first. */
	@org.springframework.data.jpa.repository.Query("select a.appealId, min(a.createdAt) from DeliveryAttempt a where a.caseId = :caseId "
			+ "group by a.appealId order by min(a.createdAt), a.appealId")
	List<Object[]> firstAttemptsOfCase(UUID caseId);

}
