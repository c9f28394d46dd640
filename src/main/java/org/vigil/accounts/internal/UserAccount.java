package org.vigil.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vigil.accounts.Role;

/** A person who signs in to Vigil. */
@Entity
@Table(name = "users")
class UserAccount {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true, length = 64)
	private String username;

	@Column(nullable = false, length = 200)
	private String passwordHash;

	private boolean enabled = true;

	private int failedLogins;

	private Instant lockedUntil;

	/** Sessions that signed in at or before this moment are revoked. */
	private Instant sessionsValidAfter;

	@Column(nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role", length = 32)
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "team_members", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "team_id")
	private Set<UUID> teamIds = new HashSet<>();

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, Set<Role> roles, Set<UUID> teamIds) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.passwordHash = passwordHash;
		this.roles = EnumSet.copyOf(roles);
		this.teamIds = new HashSet<>(teamIds);
		this.createdAt = Instant.now();
	}

	UUID id() {
		return id;
	}

	String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean enabled() {
		return enabled;
	}

	Set<Role> roles() {
		return Set.copyOf(roles);
	}

	Set<UUID> teamIds() {
		return Set.copyOf(teamIds);
	}

	Instant createdAt() {
		return createdAt;
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	Instant lockedUntil() {
		return lockedUntil;
	}

	int failedLogins() {
		return failedLogins;
	}

	/**
	 * Counts a failed login; locks the account for {@code lockout} once {@code limit} is reached.
	 * Answers whether this failure locked the account.
	 */
	boolean recordFailedLogin(int limit, Duration lockout, Instant now) {
		failedLogins++;
		if (failedLogins >= limit) {
			lockedUntil = now.plus(lockout);
			failedLogins = 0;
			return true;
		}
		return false;
	}

	Instant sessionsValidAfter() {
		return sessionsValidAfter;
	}

	/** Whether a session whose password was accepted at {@code signedInAt} may go on. */
	boolean acceptsSessionFrom(Instant signedInAt) {
		return enabled && (sessionsValidAfter == null || signedInAt.isAfter(sessionsValidAfter));
	}

	/**
	 * Revokes every session begun until now and replaces the password by one nobody knows, so that
	 * a seized device's saved password no longer signs in; an administrator sets a new one.
	 */
	void revokeAccess(String unusablePasswordHash, Instant now) {
		// The database keeps microseconds: round up, so that no session of this very moment survives.
		sessionsValidAfter = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS).plus(1, java.time.temporal.ChronoUnit.MICROS);
		passwordHash = unusablePasswordHash;
	}

	/**
	 * Gives the user these roles. Sessions begun until now end, since they carry the old roles:
	 * a removed role stops working at once, and an added one works from the next sign-in.
	 */
	void changeRoles(Set<Role> newRoles, Instant now) {
		roles.clear();
		roles.addAll(newRoles);
		sessionsValidAfter = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS).plus(1, java.time.temporal.ChronoUnit.MICROS);
	}

	void resetPassword(String newPasswordHash) {
		passwordHash = newPasswordHash;
		failedLogins = 0;
		lockedUntil = null;
	}

	void recordSuccessfulLogin() {
		failedLogins = 0;
		lockedUntil = null;
	}

	void joinTeam(UUID teamId) {
		teamIds.add(teamId);
	}

}
