package org.vigil.law.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskProfileRepository extends JpaRepository<RiskProfileEntity, String> {

	List<RiskProfileEntity> findAllByOrderByCountry();

}

interface RiskClaimRepository extends JpaRepository<RiskClaimEntity, UUID> {

	List<RiskClaimEntity> findByCountryOrderByPosition(String country);

}
