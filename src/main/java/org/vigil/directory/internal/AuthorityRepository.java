package org.vigil.directory.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuthorityRepository extends JpaRepository<AuthorityEntity, UUID> {

	List<AuthorityEntity> findByCountryAndRetiredOnIsNull(String country);

	Page<AuthorityEntity> findByCountryAndRetiredOnIsNull(String country, Pageable page);

	Page<AuthorityEntity> findByRetiredOnIsNull(Pageable page);

	List<AuthorityEntity> findAllByOrderByCountryAscKindAscTitleAsc();

}
