package org.vigil.accounts.internal;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose user was disabled, or that began before an administrator revoked all of
 * the user's sessions (after a device was seized). Sessions live in each server's memory, so
 * instead of hunting them down every request compares its sign-in time with the user's
 * {@code sessions_valid_after}; a stale session is invalidated and the request goes on anonymous,
 * to be refused like any other.
 */
final class RevokedSessionFilter extends OncePerRequestFilter {

	private final Sessions sessions;

	RevokedSessionFilter(Sessions sessions) {
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof VigilPrincipal principal) {
			Instant signedInAt = SignInFactors.passwordAcceptedAt(authentication).orElse(Instant.EPOCH);
			if (!sessions.stillValid(principal.userId(), signedInAt)) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
			}
		}
		chain.doFilter(request, response);
	}

}
