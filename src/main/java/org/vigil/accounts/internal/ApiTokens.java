package org.vigil.accounts.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;

/** Personal API tokens: issued to a user, stored as SHA-256 digests only, revoked, and recognised on a request. */
@Service
@Transactional
class ApiTokens {

	private final ApiTokenRepository tokens;

	private final UserAccountRepository users;

	private final JdbcClient jdbc;

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, JdbcClient jdbc) {
		this.tokens = tokens;
		this.users = users;
		this.jdbc = jdbc;
	}

	/** Issues a token and answers its secret, which is shown once and never stored. */
	String issue(String username) {
		UserAccount user = users.existing(username);
		String secret = TokenDigest.newSecret(TokenDigest.API_TOKEN_PREFIX);
		tokens.save(new ApiToken(user.id(), TokenDigest.sha256(secret)));
		return secret;
	}

	/** Revokes every live token of the user and answers how many there were. */
	int revoke(String username) {
		return revoke(users.existing(username));
	}

	int revoke(UserAccount user) {
		List<ApiToken> live = tokens.findByUserIdAndRevokedAtIsNull(user.id());
		Instant now = Instant.now();
		live.forEach(t -> t.revoke(now));
		return live.size();
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
							roles((String[]) rs.getArray("roles").getArray()), teams((UUID[]) rs.getArray("team_ids").getArray())),
					locked(rs.getObject("locked_until", OffsetDateTime.class), now)))
			.optional();
		holder.filter(h -> h.lastUsedAt() == null || h.lastUsedAt().toInstant().isBefore(now.minus(ApiToken.USE_RECORDED_EVERY)))
			.ifPresent(h -> jdbc.sql("update api_tokens set last_used_at = :now where id = :id")
				.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.param("id", h.tokenId())
				.update());
		return holder;
	}

	private static Set<Role> roles(String[] names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			roles.add(Role.valueOf(name));
		}
		return roles;
	}

	private static Set<UUID> teams(UUID[] ids) {
		return Set.of(ids);
	}

	private static boolean locked(OffsetDateTime lockedUntil, Instant now) {
		return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
	}

	/** A live token's holder as the request sees them, and when the token was last used. */
	record TokenHolder(UUID tokenId, OffsetDateTime lastUsedAt, Viewer viewer, boolean locked) {
	}

}
