package org.vigil.accounts.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;

/**
 * Puts every password sign-in attempt in the audit log, with the address it came from. A failed
 * attempt records only the user name that was typed, never the password.
 */
@Component
class SignInAudit {

	private final AuditLog audit;

	SignInAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof VigilPrincipal principal) {
			audit.record(AuditEvent.of(principal.getUsername(), "login.password-accepted", "user", principal.userId(),
					address(event.getAuthentication())));
		}
	}

	@EventListener
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String typed = String.valueOf(event.getAuthentication().getPrincipal());
		boolean locked = event instanceof AuthenticationFailureLockedEvent;
		audit.record(AuditEvent.of(typed.isBlank() ? "anonymous" : typed, locked ? "login.refused-locked" : "login.failed", null,
				null, address(event.getAuthentication())).withOutcome(locked ? AuditEvent.DENIED : AuditEvent.FAILED));
	}

	static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}

}
