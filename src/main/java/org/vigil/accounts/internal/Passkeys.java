package org.vigil.accounts.internal;

import java.time.Instant;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.VigilProperties;

/**
 * The passkeys (WebAuthn credentials) of Vigil's users, kept by Spring Security's JDBC
 * repositories in {@code user_entities} and {@code user_credentials}. A user entity's name is the
 * Vigil user name. A passkey is a second factor only: it is registered by a user who has completed
 * both sign-in steps, and accepted only after that same user's password.
 */
@Component
class Passkeys {

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository credentials;

	private final WebAuthnRelyingPartyOperations relyingParty;

	Passkeys(JdbcOperations jdbc, VigilProperties properties, @Value("${vigil.webauthn.rp-id:}") String rpId,
			@Value("${vigil.webauthn.allowed-origins:}") String[] allowedOrigins, @Value("${server.port:8080}") int port,
			AuditLog audit) {
		this.userEntities = new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
		this.credentials = new JdbcUserCredentialRepository(jdbc);
		RelyingParty party = RelyingParty.of(rpId, allowedOrigins, properties.publicUrl(), port);
		this.relyingParty = new OwnUserOnly(new Webauthn4JRelyingPartyOperations(userEntities, credentials,
				PublicKeyCredentialRpEntity.builder().id(party.id()).name("Vigil").build(), party.origins()), audit);
	}

	/**
	 * Where passkeys work: the relying party id (a host name) and the exact origins of Vigil's pages.
	 * Unless set, both follow {@code vigil.public-url}, and without it {@code localhost} and
	 * {@code http://localhost:<server port>}.
	 */
	record RelyingParty(String id, Set<String> origins) {

		static RelyingParty of(String id, String[] origins, String publicUrl, int port) {
			URI address = StringUtils.hasText(publicUrl) ? URI.create(publicUrl.trim()) : null;
			String host = address != null && address.getHost() != null ? address.getHost() : null;
			String chosenId = StringUtils.hasText(id) ? id.trim() : host != null ? host : "localhost";
			Set<String> chosen = new LinkedHashSet<>();
			for (String origin : origins == null ? new String[0] : origins) {
				if (StringUtils.hasText(origin)) {
					chosen.add(origin.trim().replaceAll("/+$", ""));
				}
			}
			if (chosen.isEmpty()) {
				chosen.add(host != null
						? address.getScheme() + "://" + host + (address.getPort() == -1 ? "" : ":" + address.getPort())
						: "http://localhost:" + port);
			}
			return new RelyingParty(chosenId, Set.copyOf(chosen));
		}

	}

	/** What Spring Security's WebAuthn filters use: see {@link OwnUserOnly}. */
	WebAuthnRelyingPartyOperations relyingParty() {
		return relyingParty;
	}

	PublicKeyCredentialUserEntityRepository userEntities() {
		return userEntities;
	}

	UserCredentialRepository credentials() {
		return credentials;
	}

	/** Whether the user has at least one registered passkey. */
	boolean registered(String username) {
		return !of(username).isEmpty();
	}

	/** The user's passkeys, oldest first. */
	List<Passkey> of(String username) {
		PublicKeyCredentialUserEntity entity = userEntities.findByUsername(username);
		if (entity == null) {
			return List.of();
		}
		return credentials.findByUserId(entity.getId())
			.stream()
			.sorted(Comparator.comparing(CredentialRecord::getCreated, Comparator.nullsFirst(Comparator.naturalOrder())))
			.map(c -> new Passkey(c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(), c.getLastUsed()))
			.toList();
	}

	/**
	 * Removes one of the user's own passkeys, named by its credential id (base64url). Answers
	 * whether it was theirs and is gone; a passkey of anyone else is left alone.
	 */
	boolean remove(String username, String credentialId) {
		PublicKeyCredentialUserEntity entity = userEntities.findByUsername(username);
		if (entity == null || credentialId == null || !credentialId.matches("[A-Za-z0-9_-]{1,400}")) {
			return false;
		}
		Bytes id = Bytes.fromBase64(credentialId);
		CredentialRecord record = credentials.findByCredentialId(id);
		if (record == null || !entity.getId().equals(record.getUserEntityUserId())) {
			return false;
		}
		credentials.delete(id);
		return true;
	}

	/** Whether the WebAuthn user entity that a passkey answered for is this user's own. */
	boolean belongsTo(PublicKeyCredentialUserEntity passkeyUser, String username) {
		PublicKeyCredentialUserEntity own = userEntities.findByUsername(username);
		return own != null && passkeyUser != null && own.getId().equals(passkeyUser.getId())
				&& username.equals(passkeyUser.getName());
	}

	/** Removes every passkey of the user (after a device was seized). Answers how many. */
	int removeAll(String username) {
		PublicKeyCredentialUserEntity entity = userEntities.findByUsername(username);
		if (entity == null) {
			return 0;
		}
		List<CredentialRecord> records = credentials.findByUserId(entity.getId());
		records.forEach(r -> credentials.delete(r.getCredentialId()));
		userEntities.delete(entity.getId());
		return records.size();
	}

	/** A passkey as the user sees it on the passkeys page; {@code lastUsed} is null until it is first used. */
	record Passkey(String id, String label, Instant created, Instant lastUsed) {
	}

	/**
	 * Spring's relying party, with one rule added: registration options are made only for a
	 * session that completed both sign-in steps (the registration itself is behind the same rule
	 * in the filter chain). The options always name the session's own user, never a parameter.
	 * A registered passkey is an audit entry.
	 */
	static final class OwnUserOnly implements WebAuthnRelyingPartyOperations {

		private final WebAuthnRelyingPartyOperations delegate;

		private final AuditLog audit;

		OwnUserOnly(WebAuthnRelyingPartyOperations delegate, AuditLog audit) {
			this.delegate = delegate;
			this.audit = audit;
		}

		@Override
		public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
				PublicKeyCredentialCreationOptionsRequest request) {
			Authentication authentication = request.getAuthentication();
			if (authentication == null || !(authentication.getPrincipal() instanceof VigilPrincipal)
					|| !SignInFactors.has(authentication, SignInFactors.PASSWORD)
					|| SignInFactors.awaitsSecondFactor(authentication)) {
				throw new AccessDeniedException("Complete both sign-in steps before adding a passkey");
			}
			return delegate.createPublicKeyCredentialCreationOptions(request);
		}

		@Override
		public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
			CredentialRecord registered = delegate.registerCredential(request);
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof VigilPrincipal user) {
				audit.record(AuditEvent.of(user.getUsername(), "passkey.registered", "user", user.userId(), remoteAddress())
					.withDetails(java.util.Map.of("factor", "passkey")));
			}
			return registered;
		}

		private static String remoteAddress() {
			return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
					? attributes.getRequest().getRemoteAddr() : null;
		}

		@Override
		public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
			return delegate.createCredentialRequestOptions(request);
		}

		@Override
		public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
			return delegate.authenticate(request);
		}

	}

}
