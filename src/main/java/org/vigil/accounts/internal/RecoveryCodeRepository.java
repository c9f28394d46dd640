package org.vigil.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

	/** Marks the user's unused code with that digest as used; answers 1 only for the first use. */
	@Modifying
	@Query("update RecoveryCode c set c.usedAt = :now where c.userId = :userId and c.codeHash = :codeHash and c.usedAt is null")
	int use(UUID userId, String codeHash, Instant now);

	long countByUserIdAndUsedAtIsNull(UUID userId);

	@Modifying
	@Query("delete from RecoveryCode c where c.userId = :userId")
	int deleteForUser(UUID userId);

}
