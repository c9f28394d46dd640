package org.vigil.accounts.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;

/**
 * A passkey as the second step of signing in, in place of a code. Spring Security's
 * {@code /login/webauthn} checks the passkey's signature; this then insists that the session has
 * already passed the password step and that the passkey belongs to that very user, and answers
 * the session's own sign-in — the same {@link VigilPrincipal} and password factor — with
 * {@link SignInFactors#WEBAUTHN} added. A passkey never signs anyone in by itself, and never as
 * another user than the password's.
 */
final class PasskeySecondStep implements AuthenticationManager, AuthenticationSuccessHandler {

	private final AuthenticationManager passkeyCheck;

	private final Passkeys passkeys;

	private final AuditLog audit;

	private final AuthenticationSuccessHandler answer = new HttpMessageConverterAuthenticationSuccessHandler();

	PasskeySecondStep(Passkeys passkeys, UserDetailsService users, AuditLog audit) {
		this(new ProviderManager(new WebAuthnAuthenticationProvider(passkeys.relyingParty(), users)), passkeys, audit);
	}

	/** With Spring's signature check given: {@code passkeyCheck} answers the passkey's WebAuthn user. */
	PasskeySecondStep(AuthenticationManager passkeyCheck, Passkeys passkeys, AuditLog audit) {
		this.passkeyCheck = passkeyCheck;
		this.passkeys = passkeys;
		this.audit = audit;
	}

	/** Puts this step into Spring Security's WebAuthn sign-in filter. */
	WebAuthnAuthenticationFilter install(WebAuthnAuthenticationFilter filter) {
		filter.setAuthenticationManager(this);
		filter.setAuthenticationSuccessHandler(this);
		return filter;
	}

	@Override
	public Authentication authenticate(Authentication request) throws AuthenticationException {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !(current.getPrincipal() instanceof VigilPrincipal user)
				|| !SignInFactors.has(current, SignInFactors.PASSWORD)) {
			throw new BadCredentialsException("A passkey is the second step: enter the password first");
		}
		Authentication passkey = passkeyCheck.authenticate(request);
		if (!(passkey.getPrincipal() instanceof PublicKeyCredentialUserEntity passkeyUser)
				|| !passkeys.belongsTo(passkeyUser, user.getUsername())) {
			audit.record(AuditEvent.of(user.getUsername(), "second-factor.failed", "user", user.userId(), remoteAddress())
				.withOutcome(AuditEvent.FAILED)
				.withDetails(Map.of("factor", "passkey", "reason", "passkey of another account")));
			throw new BadCredentialsException("This passkey does not belong to the account whose password was given");
		}
		return SignInFactors.withSecondFactor(current, SignInFactors.WEBAUTHN, Instant.now());
	}

	private static String remoteAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}

	/**
	 * The session gains privileges, so it gets a new id; the passkey counts as a recent proof of
	 * identity, like a code. Answers Spring's JSON ({@code redirectUrl}, {@code authenticated}).
	 */
	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		request.changeSessionId();
		request.getSession().setAttribute(PasswordReauthentication.LAST_CHECK, Instant.now());
		VigilPrincipal user = (VigilPrincipal) authentication.getPrincipal();
		audit.record(AuditEvent.of(user.getUsername(), "second-factor.verified", "user", user.userId(), request.getRemoteAddr())
			.withDetails(Map.of("factor", "passkey")));
		answer.onAuthenticationSuccess(request, response, authentication);
	}

}
