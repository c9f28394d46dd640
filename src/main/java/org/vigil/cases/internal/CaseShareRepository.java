package org.vigil.cases.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseShareRepository extends JpaRepository<CaseShare, CaseShare.Key> {

	/** The cases shared with this user that have not expired by {@code now}. */
	@Query("select s.key.caseId from CaseShare s where s.key.userId = :user and (s.expiresAt is null or s.expiresAt > :now)")
	Set<UUID> liveCaseIds(UUID user, Instant now);

}
