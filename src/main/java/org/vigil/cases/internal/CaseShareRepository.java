package org.vigil.cases.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseShareRepository extends JpaRepository<CaseShare, CaseShare.Key> {
}
