package org.vigil.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;
import org.vigil.accounts.Role;
import org.vigil.platform.Refusal;

/**
 * The users, with their roles and teams, in plain SQL: an operator command ({@code admin}) then
 * needs no persistence unit, and starts in a fraction of the time (see docs/benchmarks.md). A user
 * is read with its roles and teams in one statement.
 */
@Repository
class UserAccountRepository {

	private static final String SELECT = """
			select u.id, u.username, u.password_hash, u.enabled, u.failed_logins, u.locked_until, u.sessions_valid_after,
			       u.created_at, u.version,
			       array(select r.role from user_roles r where r.user_id = u.id) as roles,
			       array(select m.team_id from team_members m where m.user_id = u.id) as team_ids
			from users u
			""";

	private final JdbcClient jdbc;

	UserAccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserAccount> findById(UUID id) {
		return jdbc.sql(SELECT + "where u.id = :id").param("id", id).query(UserAccountRepository::user).optional();
	}

	List<UserAccount> findAllById(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "where u.id in (:ids)").param("ids", List.copyOf(ids)).query(UserAccountRepository::user).list();
	}

	Optional<UserAccount> findByUsernameIgnoreCase(String username) {
		// users_username_key is an index on lower(username).
		return jdbc.sql(SELECT + "where lower(u.username) = lower(:username)")
			.param("username", username)
			.query(UserAccountRepository::user)
			.optional();
	}

	List<UserAccount> findAllByOrderByUsernameAsc() {
		return jdbc.sql(SELECT + "order by u.username").query(UserAccountRepository::user).list();
	}

	/** The enabled users holding the role, those created first first. */
	List<UserAccount> enabledWithRole(Role role, int limit) {
		return jdbc.sql(SELECT + """
				where u.enabled and exists (select 1 from user_roles r where r.user_id = u.id and r.role = :role)
				order by u.created_at, u.username
				limit :limit""")
			.param("role", role.name())
			.param("limit", limit)
			.query(UserAccountRepository::user)
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from users").query(Long.class).single();
	}

	/** The user of that name; refused as unknown when there is none. */
	UserAccount existing(String username) {
		return findByUsernameIgnoreCase(username)
			.orElseThrow(() -> Refusal.onField(AccountRule.UNKNOWN_USERNAME, "username", username).toException());
	}

	/**
	 * Writes a new user, or the changes to one read before.
	 *
	 * @throws ObjectOptimisticLockingFailureException when the user changed since it was read
	 */
	UserAccount save(UserAccount user) {
		if (user.version() == UserAccount.NEW) {
			jdbc.sql("""
					insert into users (id, username, password_hash, enabled, failed_logins, locked_until, sessions_valid_after,
					                   created_at, version)
					values (:id, :username, :passwordHash, :enabled, :failedLogins, :lockedUntil, :sessionsValidAfter, :createdAt, 0)""")
				.params(columns(user))
				.param("createdAt", Rows.timestamp(user.createdAt()))
				.update();
			writeRoles(user);
			for (UUID team : user.teamIds()) {
				jdbc.sql("insert into team_members (user_id, team_id) values (:id, :team)").param("id", user.id()).param("team", team).update();
			}
			user.stored(0);
			return user;
		}
		int updated = jdbc.sql("""
				update users set password_hash = :passwordHash, enabled = :enabled, failed_logins = :failedLogins,
				                 locked_until = :lockedUntil, sessions_valid_after = :sessionsValidAfter, version = version + 1
				where id = :id and version = :version""")
			.params(columns(user))
			.param("version", user.version())
			.update();
		if (updated == 0) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, user.id());
		}
		if (user.rolesChanged()) {
			jdbc.sql("delete from user_roles where user_id = :id").param("id", user.id()).update();
			writeRoles(user);
		}
		user.stored(user.version() + 1);
		return user;
	}

	private void writeRoles(UserAccount user) {
		for (Role role : user.roles()) {
			jdbc.sql("insert into user_roles (user_id, role) values (:id, :role)").param("id", user.id()).param("role", role.name()).update();
		}
	}

	private static Map<String, Object> columns(UserAccount user) {
		Map<String, Object> columns = new HashMap<>();
		columns.put("id", user.id());
		columns.put("username", user.username());
		columns.put("passwordHash", user.passwordHash());
		columns.put("enabled", user.enabled());
		columns.put("failedLogins", user.failedLogins());
		columns.put("lockedUntil", Rows.timestamp(user.lockedUntil()));
		columns.put("sessionsValidAfter", Rows.timestamp(user.sessionsValidAfter()));
		return columns;
	}

	private static UserAccount user(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("password_hash"),
				rs.getBoolean("enabled"), rs.getInt("failed_logins"), Rows.instant(rs, "locked_until"),
				Rows.instant(rs, "sessions_valid_after"), Rows.instant(rs, "created_at"), Rows.roles(rs.getArray("roles")),
				Rows.uuids(rs.getArray("team_ids")), rs.getLong("version"));
	}

}
