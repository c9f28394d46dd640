package org.vigil.whereabouts.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, UUID> {

	Optional<Report> findByIdAndCaseId(UUID id, UUID caseId);

}
