package org.vigil.accounts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	List<UserAccount> findAllByOrderByUsernameAsc();

}

interface TeamRepository extends JpaRepository<TeamEntity, UUID> {

	Optional<TeamEntity> findByNameIgnoreCase(String name);

	List<TeamEntity> findAllByOrderByNameAsc();

}

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdAndRevokedAtIsNull(UUID userId);

}

interface TotpFactorRepository extends JpaRepository<TotpFactor, UUID> {

	/** Locks the row, so that two requests with the same code cannot both be accepted. */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@org.springframework.data.jpa.repository.Query("select f from TotpFactor f where f.userId = :userId")
	Optional<TotpFactor> findForUpdate(UUID userId);

}

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

	/** Marks the user's unused code with that digest as used; answers 1 only for the first use. */
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("update RecoveryCode c set c.usedAt = :now where c.userId = :userId and c.codeHash = :codeHash and c.usedAt is null")
	int use(UUID userId, String codeHash, java.time.Instant now);

	long countByUserIdAndUsedAtIsNull(UUID userId);

	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("delete from RecoveryCode c where c.userId = :userId")
	int deleteForUser(UUID userId);

}
