package org.vigil.accounts.internal;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TotpFactorRepository extends JpaRepository<TotpFactor, UUID> {

	/** Locks the row, so that two requests with the same code cannot both be accepted. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from TotpFactor f where f.userId = :userId")
	Optional<TotpFactor> findForUpdate(UUID userId);

}
