package org.vigil.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;

/** Personal API tokens: issued to a user, stored as SHA-256 digests only, revoked, and recognised on a request. */
@Service
@Transactional
class ApiTokens {

	/**
	 * How often a token's last use is written down: every use would turn every API read into a
	 * write (the benchmarks saw it), and a minute is enough to tell a used token from a forgotten one.
	 */
	static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

	private final UserAccountRepository users;

	private final JdbcClient jdbc;

	ApiTokens(UserAccountRepository users, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	/** Issues a token and answers its secret, which is shown once and never stored. */
	String issue(String username) {
		UserAccount user = users.existing(username);
		String secret = TokenDigest.newSecret(TokenDigest.API_TOKEN_PREFIX);
		jdbc.sql("insert into api_tokens (id, user_id, token_hash, created_at) values (:id, :userId, :hash, :now)")
			.param("id", UUID.randomUUID())
			.param("userId", user.id())
			.param("hash", TokenDigest.sha256(secret))
			.param("now", Rows.timestamp(Instant.now()))
			.update();
		return secret;
	}

	/** Revokes every live token of the user and answers how many there were. */
	int revoke(String username) {
		return revoke(users.existing(username));
	}

	int revoke(UserAccount user) {
		return jdbc.sql("update api_tokens set revoked_at = :now where user_id = :userId and revoked_at is null")
			.param("now", Rows.timestamp(Instant.now()))
			.param("userId", user.id())
			.update();
	}

	/**
	 * Who a live token belongs to, if they are enabled: the user, their roles and their teams, read
	 * in one statement outside any transaction, because every API request asks. The token's last use
	 * is recorded at most once a minute (a second statement only then).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	Optional<TokenHolder> holderOf(String secret) {
		Instant now = Instant.now();
		Optional<TokenHolder> holder = jdbc.sql("""
				select t.id as token_id, t.last_used_at, u.id as user_id, u.username, u.locked_until,
				       array(select r.role from user_roles r where r.user_id = u.id) as roles,
				       array(select m.team_id from team_members m where m.user_id = u.id) as team_ids
				from api_tokens t join users u on u.id = t.user_id
				where t.token_hash = :hash and t.revoked_at is null and u.enabled""")
			.param("hash", TokenDigest.sha256(secret))
			.query((rs, row) -> new TokenHolder(rs.getObject("token_id", UUID.class),
					rs.getObject("last_used_at", OffsetDateTime.class),
					new Viewer(rs.getObject("user_id", UUID.class), rs.getString("username"),
							Rows.roles(rs.getArray("roles")), Rows.uuids(rs.getArray("team_ids"))),
					locked(rs.getObject("locked_until", OffsetDateTime.class), now)))
			.optional();
		holder.filter(h -> h.lastUsedAt() == null || h.lastUsedAt().toInstant().isBefore(now.minus(USE_RECORDED_EVERY)))
			.ifPresent(h -> jdbc.sql("update api_tokens set last_used_at = :now where id = :id")
				.param("now", Rows.timestamp(now))
				.param("id", h.tokenId())
				.update());
		return holder;
	}

	private static boolean locked(OffsetDateTime lockedUntil, Instant now) {
		return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
	}

	/** A live token's holder as the request sees them, and when the token was last used. */
	record TokenHolder(UUID tokenId, OffsetDateTime lastUsedAt, Viewer viewer, boolean locked) {
	}

}
