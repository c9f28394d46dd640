package org.vigil.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for the password login and applies the lockout policy: after {@link #FAILURE_LIMIT}
 * consecutive failures an account is locked for {@link #LOCKOUT}, whatever password is tried then.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	static final int FAILURE_LIMIT = 5;

	static final Duration LOCKOUT = Duration.ofMinutes(15);

	private final UserAccountRepository users;

	AccountUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsernameIgnoreCase(username)
			.map(VigilPrincipal::of)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof String username) {
			users.findByUsernameIgnoreCase(username).ifPresent(u -> u.recordFailedLogin(FAILURE_LIMIT, LOCKOUT, Instant.now()));
		}
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof VigilPrincipal principal) {
			Optional.ofNullable(principal.userId()).flatMap(users::findById).ifPresent(UserAccount::recordSuccessfulLogin);
		}
	}

}
