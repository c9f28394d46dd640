package org.vigil.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;

/**
 * Loads users for the password login and applies the lockout policy: after {@link #FAILURE_LIMIT}
 * consecutive failures an account is locked for {@link #LOCKOUT}, whatever password is tried then.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	static final int FAILURE_LIMIT = 5;

	static final Duration LOCKOUT = Duration.ofMinutes(15);

	private final UserAccountRepository users;

	private final AuditLog audit;

	AccountUserDetailsService(UserAccountRepository users, AuditLog audit) {
		this.users = users;
		this.audit = audit;
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
			recordFailure(username, SignInAudit.address(event.getAuthentication()));
		}
	}

	/**
	 * Counts a failed password or second-factor attempt against the account — at sign-in or at a
	 * later re-check — and audits the moment it locks. Answers whether the account is now locked.
	 * The count is kept in a transaction of its own, so that a use case that is refused (and rolls
	 * back) after a wrong password still counts it.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean recordFailure(String username, String address) {
		return users.findByUsernameIgnoreCase(username).map(u -> {
			boolean lockedNow = u.recordFailedLogin(FAILURE_LIMIT, LOCKOUT, Instant.now());
			users.save(u);
			if (lockedNow) {
				audit.record(AuditEvent.of(u.username(), "account.locked", "user", u.id(), address)
					.withOutcome(AuditEvent.DENIED)
					.withDetails(java.util.Map.of("minutes", Long.toString(LOCKOUT.toMinutes()))));
				return true;
			}
			return u.isLockedAt(Instant.now());
		}).orElse(false);
	}

	/** A password re-check that succeeded ends the run of failures, as a sign-in does. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(UUID userId) {
		users.findById(userId).filter(UserAccount::recordSuccessfulLogin).ifPresent(users::save);
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof VigilPrincipal principal) {
			Optional.ofNullable(principal.userId()).flatMap(users::findById).filter(UserAccount::recordSuccessfulLogin).ifPresent(users::save);
		}
	}

}
