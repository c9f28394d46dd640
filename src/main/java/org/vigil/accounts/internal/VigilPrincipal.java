package org.vigil.accounts.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.vigil.accounts.Viewer;

/** The signed-in user as Spring Security holds it in the session: an id and roles, no teams. */
final class VigilPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID userId;

	private final String username;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final List<SimpleGrantedAuthority> authorities;

	private VigilPrincipal(UUID userId, String username, String passwordHash, boolean enabled, boolean locked,
			List<SimpleGrantedAuthority> authorities) {
		this.userId = userId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.authorities = authorities;
	}

	static VigilPrincipal of(UserAccount account) {
		List<SimpleGrantedAuthority> authorities = account.roles().stream()
			.map(r -> new SimpleGrantedAuthority(r.authority()))
			.toList();
		return new VigilPrincipal(account.id(), account.username(), account.passwordHash(), account.enabled(),
				account.isLockedAt(Instant.now()), authorities);
	}

	/** The holder of an API token, who signs in with no password: the token was the factor. */
	static VigilPrincipal ofTokenHolder(Viewer holder, boolean locked) {
		List<SimpleGrantedAuthority> authorities = holder.roles().stream()
			.map(r -> new SimpleGrantedAuthority(r.authority()))
			.toList();
		return new VigilPrincipal(holder.userId(), holder.username(), null, true, locked, authorities);
	}

	UUID userId() {
		return userId;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "VigilPrincipal[" + username + "]";
	}

}
