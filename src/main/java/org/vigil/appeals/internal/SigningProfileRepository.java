package org.vigil.appeals.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SigningProfileRepository extends JpaRepository<SigningProfile, UUID> {

	List<SigningProfile> findAllByOrderByPrintedNameAsc();

}
