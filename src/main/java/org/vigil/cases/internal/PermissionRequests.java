package org.vigil.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where requests for the identity permission are kept: who asked, on which case, why, until when,
 * and — once decided — by whom and how. Decided requests stay, so that who granted what can be
 * answered later.
 */
@Component
class PermissionRequests {

	/**
	 * @param expiresAt when the permission asked for would end, or {@code null} for no end
	 * @param outcome {@code GRANTED} or {@code DECLINED}, or {@code null} while it waits
	 */
	record Request(UUID id, UUID caseId, UUID userId, String requester, String reason, Instant requestedAt, Instant expiresAt,
			String decidedBy, Instant decidedAt, String outcome) {

		boolean isWaiting() {
			return outcome == null;
		}

	}

	/** A request waiting on a case of the reviewer's teams, with the case's reference to name it by. */
	record Waiting(UUID id, UUID caseId, String caseReference, String requester, Instant requestedAt) {
	}

	static final String GRANTED = "GRANTED";

	static final String DECLINED = "DECLINED";

	private static final String COLUMNS = "id, case_id, user_id, requester, reason, requested_at, expires_at, decided_by, decided_at, outcome";

	private final JdbcClient jdbc;

	PermissionRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID add(UUID caseId, UUID userId, String requester, String reason, Instant expiresAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into identity_permission_requests (id, case_id, user_id, requester, reason, requested_at, expires_at)
				values (:id, :case, :user, :requester, :reason, now(), :expires)""")
			.param("id", id).param("case", caseId).param("user", userId).param("requester", requester).param("reason", reason)
			.param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
			.update();
		return id;
	}

	Optional<Request> find(UUID caseId, UUID requestId) {
		return jdbc.sql("select " + COLUMNS + " from identity_permission_requests where id = :id and case_id = :case")
			.param("id", requestId).param("case", caseId)
			.query(PermissionRequests::request)
			.optional();
	}

	boolean isWaiting(UUID caseId, UUID userId) {
		return jdbc.sql("select exists (select 1 from identity_permission_requests where case_id = :case and user_id = :user and outcome is null)")
			.param("case", caseId).param("user", userId)
			.query(Boolean.class)
			.single();
	}

	/** Records the decision, unless someone decided first: answers whether this decision counted. */
	boolean decide(UUID requestId, String by, String outcome) {
		return jdbc.sql("""
				update identity_permission_requests set decided_by = :by, decided_at = now(), outcome = :outcome
				where id = :id and outcome is null""")
			.param("by", by).param("outcome", outcome).param("id", requestId)
			.update() == 1;
	}

	/** The requests still waiting on the case, oldest first. */
	List<Request> waitingOn(UUID caseId) {
		return jdbc.sql("select " + COLUMNS + " from identity_permission_requests where case_id = :case and outcome is null order by requested_at")
			.param("case", caseId)
			.query(PermissionRequests::request)
			.list();
	}

	/** The requests waiting on cases of these teams, asked by anyone but {@code exceptUser}, oldest first. */
	List<Waiting> waitingInTeams(Set<UUID> teamIds, UUID exceptUser, int limit) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select r.id, r.case_id, c.reference, r.requester, r.requested_at
				from identity_permission_requests r join cases c on c.id = r.case_id
				where r.outcome is null and c.team_id in (:teams) and r.user_id <> :user
				order by r.requested_at limit :limit""")
			.param("teams", teamIds).param("user", exceptUser).param("limit", limit)
			.query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
					instant(rs, 5)))
			.list();
	}

	private static Request request(ResultSet rs, int row) throws SQLException {
		return new Request(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
				rs.getString(5), instant(rs, 6), instant(rs, 7), rs.getString(8), instant(rs, 9), rs.getString(10));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

}
