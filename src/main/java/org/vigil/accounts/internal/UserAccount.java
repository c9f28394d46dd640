package org.vigil.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.vigil.accounts.Role;

/**
 * A person who signs in to Vigil: a row of {@code users} with its roles ({@code user_roles}) and
 * teams ({@code team_members}), kept by {@link UserAccountRepository}. A change is written only by
 * {@link UserAccountRepository#save}, which refuses it when someone else changed the user since it
 * was read ({@link #version()}).
 */
class UserAccount {

	/** The version of a user not yet stored. */
	static final long NEW = -1;

	private final UUID id;

	private final String username;

	private String passwordHash;

	private final boolean enabled;

	private int failedLogins;

	private Instant lockedUntil;

	/** Sessions that signed in at or before this moment are revoked. */
	private Instant sessionsValidAfter;

	private final Instant createdAt;

	private final Set<Role> roles;

	private final Set<UUID> teamIds;

	private long version;

	/** Whether the roles changed since the user was read, and so must be written again. */
	private boolean rolesChanged;

	UserAccount(String username, String passwordHash, Set<Role> roles, Set<UUID> teamIds) {
		this(UUID.randomUUID(), username, passwordHash, true, 0, null, null, Instant.now(), roles, teamIds, NEW);
	}

	/** A user as stored. */
	UserAccount(UUID id, String username, String passwordHash, boolean enabled, int failedLogins, Instant lockedUntil,
			Instant sessionsValidAfter, Instant createdAt, Set<Role> roles, Set<UUID> teamIds, long version) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.failedLogins = failedLogins;
		this.lockedUntil = lockedUntil;
		this.sessionsValidAfter = sessionsValidAfter;
		this.createdAt = createdAt;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.teamIds = new HashSet<>(teamIds);
		this.version = version;
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

	/** The version last read or written: {@link #NEW} for a user not yet stored. */
	long version() {
		return version;
	}

	boolean rolesChanged() {
		return rolesChanged;
	}

	/** Stored: at this version, with nothing left to write. */
	void stored(long newVersion) {
		version = newVersion;
		rolesChanged = false;
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
		rolesChanged = true;
		sessionsValidAfter = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS).plus(1, java.time.temporal.ChronoUnit.MICROS);
	}

	void resetPassword(String newPasswordHash) {
		passwordHash = newPasswordHash;
		failedLogins = 0;
		lockedUntil = null;
	}

	/** Ends a run of failed logins and any lockout; answers whether there was anything to end. */
	boolean recordSuccessfulLogin() {
		boolean changed = failedLogins != 0 || lockedUntil != null;
		failedLogins = 0;
		lockedUntil = null;
		return changed;
	}

}
