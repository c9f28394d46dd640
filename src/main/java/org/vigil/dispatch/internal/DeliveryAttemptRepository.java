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

	/**
	 * Of these addresses (in lower case), those a letter was sent to by email: for each, how many appeals
	 * were sent there and — the same for every letter when that is one, as an appeal goes to an address once
	 * on a channel — its attempt, case and appeal. One query for a group of replies read together.
	 */
	@org.springframework.data.jpa.repository.Query(nativeQuery = true, value = """
			select lower(destination) as address, count(distinct appeal_id) as appeals, cast(min(cast(id as text)) as uuid) as "attemptId",
			cast(min(cast(case_id as text)) as uuid) as "caseId", cast(min(cast(appeal_id as text)) as uuid) as "appealId"
			from dispatch_attempts
			where channel = 'EMAIL' and status in ('SENT', 'DELIVERED') and lower(destination) in (:addresses)
			group by lower(destination)""")
	List<SentTo> sentByEmailTo(java.util.Collection<String> addresses);

	/** An address letters went to by email, and the appeals they were of: see {@link #sentByEmailTo}. */
	interface SentTo {

		String getAddress();

		long getAppeals();

		UUID getAttemptId();

		UUID getCaseId();

		UUID getAppealId();

	}

	/** Each appeal of the case with an attempt, and when its first attempt was made, the first first. */
	@org.springframework.data.jpa.repository.Query("select a.appealId, min(a.createdAt) from DeliveryAttempt a where a.caseId = :caseId "
			+ "group by a.appealId order by min(a.createdAt), a.appealId")
	List<Object[]> firstAttemptsOfCase(UUID caseId);

}
