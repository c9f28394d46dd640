package org.vigil.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Reauthentication;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.RequestAddress;

/**
 * Keeps, in the session, when the user last proved who they are: at sign-in and at each password
 * confirmation. Requests without a session (API tokens) are never "recent" and must confirm.
 * Wrong passwords count towards the sign-in lockout ({@link AccountUserDetailsService#recordFailure}).
 */
@Component
class PasswordReauthentication implements Reauthentication {

	static final String LAST_CHECK = PasswordReauthentication.class.getName() + ".lastCheck";

	private final CurrentViewer viewers;

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final AccountUserDetailsService lockout;

	private final AuditLog audit;

	PasswordReauthentication(CurrentViewer viewers, UserAccountRepository users, PasswordEncoder passwords,
			AccountUserDetailsService lockout, AuditLog audit) {
		this.viewers = viewers;
		this.users = users;
		this.passwords = passwords;
		this.lockout = lockout;
		this.audit = audit;
	}

	@EventListener
	void onSignIn(InteractiveAuthenticationSuccessEvent event) {
		markRecent();
	}

	@Override
	public boolean isRecent(Duration window) {
		HttpSession session = session(false);
		return session != null && session.getAttribute(LAST_CHECK) instanceof Instant last
				&& last.isAfter(Instant.now().minus(window));
	}

	@Override
	public boolean confirmPassword(char[] password, String purpose) {
		try {
			Optional<UserAccount> found = viewers.find().flatMap(viewer -> users.findById(viewer.userId()));
			if (found.isEmpty()) {
				return false;
			}
			UserAccount user = found.get();
			// The hash is checked even for a locked account, so that it answers after the same work.
			boolean matches = passwords.matches(new String(password), user.passwordHash());
			String address = RequestAddress.current();
			if (user.isLockedAt(Instant.now())) {
				record(user, "reauthentication.refused-locked", AuditEvent.DENIED, purpose, address);
				return false;
			}
			if (!matches) {
				record(user, "reauthentication.failed", AuditEvent.FAILED, purpose, address);
				lockout.recordFailure(user.username(), address);
				return false;
			}
			lockout.recordSuccess(user.id());
			record(user, "reauthentication.confirmed", AuditEvent.SUCCESS, purpose, address);
			markRecent();
			return true;
		}
		finally {
			Arrays.fill(password, '\0');
		}
	}

	private void record(UserAccount user, String action, String outcome, String purpose, String address) {
		audit.record(AuditEvent.of(user.username(), action, "user", user.id(), address)
			.withOutcome(outcome)
			.withDetails(Map.of("for", purpose)));
	}

	private void markRecent() {
		HttpSession session = session(false);
		if (session != null) {
			session.setAttribute(LAST_CHECK, Instant.now());
		}
	}

	private static HttpSession session(boolean create) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getSession(create);
		}
		return null;
	}

}
