package org.vigil.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Reauthentication;

/**
 * Keeps, in the session, when the user last proved who they are: at sign-in and at each password
 * confirmation. Requests without a session (API tokens) are never "recent" and must confirm.
 */
@Component
class PasswordReauthentication implements Reauthentication {

	static final String LAST_CHECK = PasswordReauthentication.class.getName() + ".lastCheck";

	private final CurrentViewer viewers;

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	PasswordReauthentication(CurrentViewer viewers, UserAccountRepository users, PasswordEncoder passwords) {
		this.viewers = viewers;
		this.users = users;
		this.passwords = passwords;
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
	@Transactional(readOnly = true)
	public boolean confirmPassword(char[] password) {
		try {
			boolean matches = viewers.find()
				.flatMap(viewer -> users.findById(viewer.userId()))
				.filter(user -> !user.isLockedAt(Instant.now()))
				.map(user -> passwords.matches(new String(password), user.passwordHash()))
				.orElse(false);
			if (matches) {
				markRecent();
			}
			return matches;
		}
		finally {
			Arrays.fill(password, '\0');
		}
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
