package org.vigil.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: issued to a user, stored as SHA-256 digests only, revoked, and recognised on a request. */
@Service
@Transactional
class ApiTokens {

	private final ApiTokenRepository tokens;

	private final UserAccountRepository users;

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository users) {
		this.tokens = tokens;
		this.users = users;
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

	/** The enabled user a live token belongs to; the token's last use is recorded. */
	Optional<UserAccount> userForToken(String secret) {
		return tokens.findByTokenHash(TokenDigest.sha256(secret))
			.filter(t -> !t.isRevoked())
			.map(t -> {
				t.markUsed(Instant.now());
				return t.userId();
			})
			.flatMap(users::findById)
			.filter(UserAccount::enabled);
	}

}
