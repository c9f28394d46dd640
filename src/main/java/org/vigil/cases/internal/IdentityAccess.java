package org.vigil.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.IdentityPermissions;
import org.vigil.accounts.Viewer;

/**
 * Need-to-know down to the field. Seeing a case shows its people by their public labels; their
 * identities (and sources' names and contacts) are shown only to a user who holds the identity
 * permission for that case and has revealed them, for a stated reason, within
 * {@link #REVEAL_LASTS}. Whoever opens a case holds the permission for it; reviewers of the
 * owning team grant it to others, and to one another on request (see {@link IdentityGrants}).
 */
@Component
class IdentityAccess implements IdentityPermissions {

	/** How long a reveal lasts before the identities are hidden again. */
	static final Duration REVEAL_LASTS = Duration.ofMinutes(15);

	/** How recent the last password or second-factor check must be to reveal without asking again. */
	static final Duration FRESH_CHECK = Duration.ofMinutes(5);

	/** What a password check before a reveal is for, as the audit log names it. */
	static final String REVEAL_CHECK = "reveal";

	static final int MIN_REASON_LENGTH = 10;

	/** One holder of the permission on a case, now or before: {@code expiresAt} in the past means it ended. */
	record Grant(UUID userId, String grantedBy, Instant grantedAt, Instant expiresAt) {

		boolean isActive(Instant now) {
			return expiresAt == null || expiresAt.isAfter(now);
		}

	}

	private final JdbcClient jdbc;

	private final CaseAudit audit;

	IdentityAccess(JdbcClient jdbc, CaseAudit audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	boolean holdsPermission(Viewer viewer, UUID caseId) {
		return jdbc.sql("""
				select count(*) from identity_grants where case_id = :case and user_id = :user
				and (expires_at is null or expires_at > now())""")
			.param("case", caseId)
			.param("user", viewer.userId())
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public boolean holdsAny(UUID userId) {
		return jdbc.sql("""
				select exists (select 1 from identity_grants where user_id = :user
				               and (expires_at is null or expires_at > now()))""")
			.param("user", userId)
			.query(Boolean.class)
			.single();
	}

	/** Whether the viewer holds the identity permission on any case of the team (a bulk export then carries identities). */
	boolean holdsAnyInTeam(Viewer viewer, UUID teamId) {
		return jdbc.sql("""
				select exists (select 1 from identity_grants g join cases c on c.id = g.case_id
				               where g.user_id = :user and c.team_id = :team
				               and (g.expires_at is null or g.expires_at > now()))""")
			.param("user", viewer.userId())
			.param("team", teamId)
			.query(Boolean.class)
			.single();
	}

	/** A live reveal by a current holder of the permission; one statement, as every request on a case asks it. */
	boolean isRevealed(Viewer viewer, UUID caseId) {
		return jdbc.sql("""
				select exists (select 1 from identity_grants where case_id = :case and user_id = :user
				               and (expires_at is null or expires_at > now()))
				   and exists (select 1 from identity_reveals where case_id = :case and user_id = :user and until > now())""")
			.param("case", caseId)
			.param("user", viewer.userId())
			.query(Boolean.class)
			.single();
	}

	/** Grants the permission; {@code by} is who granted it ("system" when a case is opened). */
	@Transactional
	void grant(UUID caseId, UUID userId, String by, Instant expiresAt) {
		jdbc.sql("""
				insert into identity_grants (case_id, user_id, granted_by, granted_at, expires_at)
				values (:case, :user, :by, now(), :expires)
				on conflict (case_id, user_id) do update set granted_by = :by, granted_at = now(), expires_at = :expires""")
			.param("case", caseId)
			.param("user", userId)
			.param("by", by)
			.param("expires", expiresAt == null ? null : java.sql.Timestamp.from(expiresAt))
			.update();
	}

	/** Everyone granted the permission on the case, whether it still holds or ended, latest first. */
	List<Grant> grantsOn(UUID caseId) {
		return jdbc.sql("select user_id, granted_by, granted_at, expires_at from identity_grants where case_id = :case order by granted_at desc")
			.param("case", caseId)
			.query((rs, n) -> new Grant(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
					rs.getObject(4, OffsetDateTime.class) == null ? null : rs.getObject(4, OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Reveals the identities of a case to the viewer for {@link #REVEAL_LASTS}; the caller checked the permission. */
	@Transactional
	Instant reveal(Viewer viewer, UUID caseId, String reason) {
		Instant until = Instant.now().plus(REVEAL_LASTS);
		jdbc.sql("insert into identity_reveals (case_id, user_id, revealed_at, until) values (:case, :user, now(), :until)")
			.param("case", caseId)
			.param("user", viewer.userId())
			.param("until", java.sql.Timestamp.from(until))
			.update();
		audit.record(viewer, "identity.revealed", caseId, Map.of("reason", reason));
		return until;
	}

}
