package org.vigil.cases.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.Priority;
import org.vigil.cases.VisibleCase;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;

/**
 * Who may see and change a case. Need-to-know: members of the owning team, and users the case is
 * shared with until the share expires; everyone else is told the case does not exist. Changing
 * it also takes the researcher role; recording protected data takes a case whose key still exists.
 * Visibility is asked once per request (see {@link CaseStandings}); the use cases then check the
 * {@link CaseStanding} they are given.
 */
@Component
class CaseAccess {

	/** Stands in for "no team", since {@code in ()} is not valid SQL. */
	private static final UUID NO_TEAM = new UUID(0, 0);

	private static final ThemesConverter THEMES = new ThemesConverter();

	private final CaseFileRepository cases;

	private final JdbcClient jdbc;

	CaseAccess(CaseFileRepository cases, JdbcClient jdbc) {
		this.cases = cases;
		this.jdbc = jdbc;
	}

	/**
	 * The case as the viewer may see it, and whether its identities are revealed to them now (a live
	 * grant and a reveal not yet run out, as {@link IdentityAccess#isRevealed}): the question every
	 * request on a case asks first, in one statement. Not found when the viewer may not see it.
	 */
	Seen seen(Viewer viewer, UUID caseId) {
		return jdbc.sql("""
				select c.id, c.reference, c.team_id, c.country_of_custody, c.country_of_feared_return, c.status, c.priority,
				       c.region, c.themes, c.risks,
				       exists (select 1 from identity_grants g where g.case_id = c.id and g.user_id = :user
				               and (g.expires_at is null or g.expires_at > now()))
				       and exists (select 1 from identity_reveals r where r.case_id = c.id and r.user_id = :user and r.until > now())
				         as revealed
				from cases c where c.id = :id and (c.team_id = any(:teams) or exists (
				  select 1 from case_shares s where s.case_id = c.id and s.user_id = :user
				  and (s.expires_at is null or s.expires_at > now())))""")
			.param("id", caseId)
			.param("teams", teams(viewer).toArray(UUID[]::new))
			.param("user", viewer.userId())
			.query((rs, row) -> new Seen(new VisibleCase(rs.getObject("id", UUID.class), rs.getString("reference"),
					rs.getObject("team_id", UUID.class), rs.getString("country_of_custody"), rs.getString("country_of_feared_return"),
					CaseStatus.valueOf(rs.getString("status")), Priority.valueOf(rs.getString("priority")), rs.getString("region"),
					THEMES.convertToEntityAttribute(rs.getString("themes")), RisksConverter.parse(rs.getString("risks"))),
					rs.getBoolean("revealed")))
			.optional()
			.orElseThrow(() -> new NotFoundException("Case"));
	}

	/** A case the viewer may see, and whether its identities are revealed to them now. */
	record Seen(VisibleCase visibleCase, boolean revealed) {
	}

	CaseFile visible(Viewer viewer, UUID caseId) {
		return cases.findVisible(caseId, teams(viewer).toArray(UUID[]::new), viewer.userId(), Instant.now())
			.orElseThrow(() -> new NotFoundException("Case"));
	}

	boolean isVisible(Viewer viewer, UUID caseId) {
		return cases.findVisible(caseId, teams(viewer).toArray(UUID[]::new), viewer.userId(), Instant.now()).isPresent();
	}

	/** The case the standing was checked for, to read or change. */
	CaseFile load(CaseStanding standing) {
		return cases.findById(standing.caseId()).orElseThrow(() -> new NotFoundException("Case"));
	}

	static void requireChange(CaseStanding standing) {
		if (!standing.mayChange()) {
			throw new AccessDeniedException("Recording and changing cases takes the researcher role.");
		}
	}

	static void requireResearcher(Viewer viewer) {
		if (!viewer.has(Role.RESEARCHER)) {
			throw new AccessDeniedException("Recording and changing cases takes the researcher role.");
		}
	}

	/** Refuses to record protected data in a purged case: its key is gone. */
	static void requireNotPurged(CaseStanding standing) {
		if (standing.purged()) {
			throw Refusal.of(CaseRule.CASE_PURGED).toException();
		}
	}

	/**
	 * The cases this viewer may see, as a query condition: their teams' cases, or one of the cases
	 * shared with them (looked up beforehand with {@link CaseShareRepository#liveCaseIds}). Without
	 * shares the condition is the team alone, which PostgreSQL answers from the
	 * {@code (team_id, updated_at)} index in list order; an {@code OR EXISTS} on the shares would
	 * force it to read and sort every visible case for each page (see docs/benchmarks.md).
	 */
	static Specification<CaseFile> visibleTo(Viewer viewer, Set<UUID> sharedCaseIds) {
		Set<UUID> teams = teams(viewer);
		return (root, query, cb) -> {
			Predicate ownTeam = root.get("teamId").in(teams);
			return sharedCaseIds.isEmpty() ? ownTeam : cb.or(ownTeam, root.get("id").in(sharedCaseIds));
		};
	}

	private static Set<UUID> teams(Viewer viewer) {
		return viewer.teamIds().isEmpty() ? Set.of(NO_TEAM) : viewer.teamIds();
	}

}
