package org.vigil.accounts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<TeamEntity, UUID> {

	Optional<TeamEntity> findByNameIgnoreCase(String name);

	List<TeamEntity> findAllByOrderByNameAsc();

}
