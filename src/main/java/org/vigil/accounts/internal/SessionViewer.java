package org.vigil.accounts.internal;

import java.util.Optional;

import jakarta.servlet.ServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Viewer;

/**
 * Resolves the viewer from the security context; team membership is read fresh from the database
 * once per request, so that removing someone from a team takes effect at once.
 */
@Component
class SessionViewer implements CurrentViewer {

	private static final String CACHE = SessionViewer.class.getName();

	private final Sessions sessions;

	SessionViewer(Sessions sessions) {
		this.sessions = sessions;
	}

	/** Keeps the viewer read at sign-in for the rest of the request, so it is not read again. */
	static void remember(ServletRequest request, Viewer viewer) {
		request.setAttribute(CACHE, viewer);
	}

	@Override
	public Optional<Viewer> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof VigilPrincipal principal)) {
			return Optional.empty();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Viewer cached
				&& cached.userId().equals(principal.userId())) {
			return Optional.of(cached);
		}
		Optional<Viewer> viewer = sessions.viewer(principal.userId());
		if (request != null) {
			viewer.ifPresent(v -> request.setAttribute(CACHE, v, RequestAttributes.SCOPE_REQUEST));
		}
		return viewer;
	}

}
