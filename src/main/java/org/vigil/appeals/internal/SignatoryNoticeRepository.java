package org.vigil.appeals.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

interface SignatoryNoticeRepository extends JpaRepository<SignatoryNotice, UUID> {

	List<SignatoryNotice> findByUserIdOrderByCreatedAtAsc(UUID userId);

	@Transactional
	void deleteByUserIdAndAppealId(UUID userId, UUID appealId);

}
