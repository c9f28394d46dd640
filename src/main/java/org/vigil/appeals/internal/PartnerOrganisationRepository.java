package org.vigil.appeals.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerOrganisationRepository extends JpaRepository<PartnerOrganisation, UUID> {

	List<PartnerOrganisation> findAllByOrderByNameAsc();

}
