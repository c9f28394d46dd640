package org.vigil.evidence.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, UUID> {

	List<EvidenceFile> findByCaseIdOrderByUploadedAtAscIdAsc(UUID caseId);

	Optional<EvidenceFile> findByIdAndCaseId(UUID id, UUID caseId);

}
