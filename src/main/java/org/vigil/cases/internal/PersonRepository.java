package org.vigil.cases.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, UUID> {

	List<Person> findByCaseIdOrderByCreatedAtAsc(UUID caseId);

	Optional<Person> findByIdAndCaseId(UUID id, UUID caseId);

}
