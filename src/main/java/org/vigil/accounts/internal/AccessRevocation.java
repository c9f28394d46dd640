package org.vigil.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Revoke everything", for a user whose device was seized: ends every session, revokes every API
 * token, removes every second factor (codes and passkeys) and replaces the password by one nobody
 * knows. The user can sign in again only after an administrator sets a new password, and then
 * enrols a factor afresh.
 */
@Service
@Transactional
class AccessRevocation {

	/** What "revoke everything" took away from a user. */
	record Revocation(UUID userId, int tokensRevoked) {
	}

	private final UserAccountRepository users;

	private final ApiTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final SecondFactors secondFactors;

	private final Passkeys passkeys;

	AccessRevocation(UserAccountRepository users, ApiTokens tokens, PasswordEncoder passwordEncoder, SecondFactors secondFactors,
			Passkeys passkeys) {
		this.users = users;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.secondFactors = secondFactors;
		this.passkeys = passkeys;
	}

	Revocation revokeEverything(String username) {
		UserAccount user = users.existing(username);
		int revoked = tokens.revoke(user);
		user.revokeAccess(passwordEncoder.encode(TokenDigest.newSecret("")), Instant.now());
		users.save(user);
		secondFactors.removeAll(user.id());
		passkeys.removeAll(user.username());
		return new Revocation(user.id(), revoked);
	}

}
