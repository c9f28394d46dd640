package org.vigil.cases.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.Priority;
import org.vigil.cases.VisibleCase;
import org.vigil.vault.CaseKeys;

/** The case registry's answer to other modules and to its own pages, through {@link CaseAccess}. */
@Component
@Transactional(readOnly = true)
class AccessibleCases implements CaseDirectory {

	private final CaseAccess access;

	private final CaseFileRepository cases;

	private final CaseKeys keys;

	private final JdbcClient jdbc;

	private final EntityManager entities;

	AccessibleCases(CaseAccess access, CaseFileRepository cases, CaseKeys keys, JdbcClient jdbc, EntityManager entities) {
		this.access = access;
		this.entities = entities;
		this.jdbc = jdbc;
		this.cases = cases;
		this.keys = keys;
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public CaseStanding standing(Viewer viewer, UUID caseId) {
		CaseAccess.Seen seen = access.seen(viewer, caseId);
		return new CaseStanding(seen.visibleCase(), viewer.has(Role.RESEARCHER), seen.revealed(), keys.isShredded(caseId));
	}

	@Override
	public Optional<VisibleCase> describe(UUID caseId) {
		return cases.findById(caseId).map(AccessibleCases::describe);
	}

	/**
	 * In one plain statement, loading no entity: a scheduled job asks for a thousand cases at a time.
	 * Changes still pending in the caller's transaction are written first, so that it reads its own.
	 */
	@Override
	public Map<UUID, VisibleCase> describeAll(Collection<UUID> caseIds) {
		entities.flush();
		Map<UUID, VisibleCase> found = new LinkedHashMap<>();
		jdbc.sql("select id, reference, team_id, country_of_custody, country_of_feared_return, status, priority, region, themes, risks "
				+ "from cases where id = any(?)")
			.param(caseIds.toArray(UUID[]::new))
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				found.put(id, new VisibleCase(id, rs.getString("reference"), rs.getObject("team_id", UUID.class), rs.getString("country_of_custody"),
						rs.getString("country_of_feared_return"), CaseStatus.valueOf(rs.getString("status")),
						Priority.valueOf(rs.getString("priority")), rs.getString("region"), ThemesConverter.parse(rs.getString("themes")),
						RisksConverter.parse(rs.getString("risks"))));
			});
		return found;
	}

	static VisibleCase describe(CaseFile caseFile) {
		CaseDetails d = caseFile.details();
		return new VisibleCase(caseFile.id(), caseFile.reference(), caseFile.teamId(), d.countryOfCustody(),
				d.countryOfFearedReturn(), d.status(), d.priority(), d.region(), d.themes(), d.risks());
	}

}
