package org.vigil.cases.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CaseFileRepository extends JpaRepository<CaseFile, UUID>, JpaSpecificationExecutor<CaseFile> {

	Optional<CaseFile> findFirstByTitleOrderByCreatedAtAsc(String title);

	/** The case, if it belongs to one of these teams or is shared with this user now. */
	@Query("""
			select c from CaseFile c where c.id = :id and (c.teamId in :teams or exists (
			  select 1 from CaseShare s where s.key.caseId = c.id and s.key.userId = :user
			  and (s.expiresAt is null or s.expiresAt > :now)))""")
	Optional<CaseFile> findVisible(UUID id, Collection<UUID> teams, UUID user, Instant now);

}
