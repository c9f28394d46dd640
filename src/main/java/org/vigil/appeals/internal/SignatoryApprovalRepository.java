package org.vigil.appeals.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignatoryApprovalRepository extends JpaRepository<SignatoryApproval, UUID> {

	List<SignatoryApproval> findByAppealId(UUID appealId);

	Optional<SignatoryApproval> findByAppealIdAndUserId(UUID appealId, UUID userId);

}
