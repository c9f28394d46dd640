package org.vigil.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;
import org.vigil.accounts.Role;
import org.vigil.audit.AuditLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A passkey completes the sign-in of the password's user and no one else's (the mix-up of
 * spring-security#18112 must not happen here): the session keeps its VigilPrincipal.
 */
class PasskeySecondStepTests {

	private final Passkeys passkeys = mock(Passkeys.class);

	private final AuditLog audit = mock(AuditLog.class);

	private final Instant passwordAt = Instant.parse("2026-11-29T06:00:00Z");

	private final VigilPrincipal alice = VigilPrincipal.of(new UserAccount("alice", "hash", Set.of(Role.ADMINISTRATOR), Set.of()));

	private final PublicKeyCredentialUserEntity alicesPasskeyUser = ImmutablePublicKeyCredentialUserEntity.builder()
		.id(Bytes.random()).name("alice").displayName("alice").build();

	private final PublicKeyCredentialUserEntity bobsPasskeyUser = ImmutablePublicKeyCredentialUserEntity.builder()
		.id(Bytes.random()).name("bob").displayName("bob").build();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	private PasskeySecondStep step(PublicKeyCredentialUserEntity answeredBy) {
		return new PasskeySecondStep(request -> new WebAuthnAuthentication(answeredBy,
				List.of(FactorGrantedAuthority.fromAuthority(SignInFactors.WEBAUTHN))), passkeys, audit);
	}

	private void passwordAccepted() {
		UsernamePasswordAuthenticationToken password = UsernamePasswordAuthenticationToken.authenticated(alice, null,
				List.of(FactorGrantedAuthority.withAuthority(SignInFactors.PASSWORD).issuedAt(passwordAt).build(),
						new org.springframework.security.core.authority.SimpleGrantedAuthority(Role.ADMINISTRATOR.authority())));
		SecurityContextHolder.getContext().setAuthentication(password);
	}

	@Test
	void theUsersOwnPasskeyCompletesTheSameSignIn() {
		passwordAccepted();
		when(passkeys.belongsTo(alicesPasskeyUser, "alice")).thenReturn(true);
		Authentication result = step(alicesPasskeyUser).authenticate(new TestingAuthenticationToken("request", null));
		assertThat(result.getPrincipal()).isSameAs(alice);
		assertThat(result.isAuthenticated()).isTrue();
		assertThat(SignInFactors.has(result, SignInFactors.WEBAUTHN)).isTrue();
		assertThat(SignInFactors.awaitsSecondFactor(result)).isFalse();
		assertThat(SignInFactors.passwordAcceptedAt(result)).contains(passwordAt);
		assertThat(SignInFactors.has(result, Role.ADMINISTRATOR.authority())).isTrue();
	}

	@Test
	void anotherUsersPasskeyIsRefused() {
		passwordAccepted();
		when(passkeys.belongsTo(bobsPasskeyUser, "alice")).thenReturn(false);
		assertThatThrownBy(() -> step(bobsPasskeyUser).authenticate(new TestingAuthenticationToken("request", null)))
			.isInstanceOf(BadCredentialsException.class);
		verify(audit).record(any());
		assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal()).isSameAs(alice);
	}

	@Test
	void aPasskeyAloneSignsNoOneIn() {
		assertThatThrownBy(() -> step(alicesPasskeyUser).authenticate(new TestingAuthenticationToken("request", null)))
			.isInstanceOf(BadCredentialsException.class);
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("alice", null, "ROLE_ADMINISTRATOR"));
		assertThatThrownBy(() -> step(alicesPasskeyUser).authenticate(new TestingAuthenticationToken("request", null)))
			.isInstanceOf(BadCredentialsException.class);
	}

}
