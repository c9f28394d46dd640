package org.vigil.accounts.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The factors a sign-in has proved, as Spring Security's {@link FactorGrantedAuthority}: the
 * password login adds {@code FACTOR_PASSWORD} by itself; Vigil adds {@link #TOTP} once the second
 * factor (an authenticator code or a recovery code) is accepted. API tokens carry
 * {@code FACTOR_BEARER}: an operator issues them, and holding one is itself a possession factor.
 */
final class SignInFactors {

	static final String PASSWORD = FactorGrantedAuthority.PASSWORD_AUTHORITY;

	static final String TOTP = "FACTOR_TOTP";

	static final String BEARER = FactorGrantedAuthority.BEARER_AUTHORITY;

	private SignInFactors() {
	}

	static boolean has(Authentication authentication, String factor) {
		return authentication != null && authentication.getAuthorities().stream().anyMatch(a -> factor.equals(a.getAuthority()));
	}

	/** Whether the password was accepted but the second factor is still owed. */
	static boolean awaitsSecondFactor(Authentication authentication) {
		return has(authentication, PASSWORD) && !has(authentication, TOTP);
	}

	/** When the password of this sign-in was accepted: the session's start, for revocation. */
	static Optional<Instant> passwordAcceptedAt(Authentication authentication) {
		return authentication.getAuthorities().stream()
			.filter(a -> a instanceof FactorGrantedAuthority f && PASSWORD.equals(f.getAuthority()))
			.map(a -> ((FactorGrantedAuthority) a).getIssuedAt())
			.findFirst();
	}

	/** The same sign-in with the second factor added. */
	static Authentication withSecondFactor(Authentication authentication, Instant now) {
		List<GrantedAuthority> authorities = new ArrayList<>(authentication.getAuthorities());
		authorities.add(FactorGrantedAuthority.withAuthority(TOTP).issuedAt(now).build());
		UsernamePasswordAuthenticationToken elevated = UsernamePasswordAuthenticationToken
			.authenticated(authentication.getPrincipal(), null, authorities);
		elevated.setDetails(authentication.getDetails());
		return elevated;
	}

}
