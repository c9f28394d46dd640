package org.vigil.accounts.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.AccountAdministration;
import org.vigil.accounts.Role;
import org.vigil.accounts.Team;
import org.vigil.accounts.Teams;
import org.vigil.accounts.UserDirectory;
import org.vigil.accounts.Viewer;

/** Creating users and teams, issuing and revoking tokens. */
@Service
@Transactional
class AccountService implements Teams, AccountAdministration, UserDirectory {

	private final UserAccountRepository users;

	private final TeamRepository teams;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final SecondFactors secondFactors;

	private final Passkeys passkeys;

	AccountService(UserAccountRepository users, TeamRepository teams, ApiTokenRepository tokens, PasswordEncoder passwordEncoder,
			SecondFactors secondFactors, Passkeys passkeys) {
		this.users = users;
		this.teams = teams;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.secondFactors = secondFactors;
		this.passkeys = passkeys;
	}

	/** What "revoke everything" took away from a user. */
	record Revocation(UUID userId, int tokensRevoked) {
	}

	UserAccount createUser(NewUser command) {
		List<String> problems = new ArrayList<>();
		problems.addAll(AccountRules.checkUsername(command.username()));
		problems.addAll(AccountRules.checkPassword(command.password()));
		problems.addAll(AccountRules.checkTeamName(command.teamName()));
		if (command.roles() == null || command.roles().isEmpty()) {
			problems.add("At least one role is required: ADMINISTRATOR, RESEARCHER, REVIEWER or ADVOCACY.");
		}
		if (problems.isEmpty() && users.findByUsernameIgnoreCase(command.username()).isPresent()) {
			problems.add("A user named '" + command.username() + "' already exists; choose another name.");
		}
		if (!problems.isEmpty()) {
			throw new AccountRejected(problems);
		}
		Team team = findOrCreate(command.teamName());
		String hash = passwordEncoder.encode(new String(command.password()));
		Arrays.fill(command.password(), '\0');
		return users.save(new UserAccount(command.username(), hash, command.roles(), Set.of(team.id())));
	}

	@Override
	public UUID createUser(String username, Set<Role> roles, String teamName, char[] password) {
		try {
			return createUser(new NewUser(username, roles, teamName, password)).id();
		}
		catch (AccountRejected rejected) {
			throw new IllegalArgumentException(rejected.getMessage(), rejected);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> findEnabledUser(String username) {
		return users.findByUsernameIgnoreCase(username.strip()).filter(UserAccount::enabled).map(UserAccount::id);
	}

	@Transactional(readOnly = true)
	boolean hasAnyUser() {
		return users.count() > 0;
	}

	@Transactional(readOnly = true)
	List<UserAccount> allUsers() {
		return users.findAllByOrderByUsernameAsc();
	}

	@Transactional(readOnly = true)
	List<Team> allTeams() {
		return teams.findAllByOrderByNameAsc().stream().map(TeamEntity::toTeam).toList();
	}

	@Override
	public String issueToken(String username) {
		UserAccount user = users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new AccountRejected("There is no user named '" + username + "'."));
		String secret = TokenDigest.newSecret(TokenDigest.API_TOKEN_PREFIX);
		tokens.save(new ApiToken(user.id(), TokenDigest.sha256(secret)));
		return secret;
	}

	/** Revokes every live token of the user and answers how many there were. */
	int revokeTokens(String username) {
		UserAccount user = users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new AccountRejected("There is no user named '" + username + "'."));
		List<ApiToken> live = tokens.findByUserIdAndRevokedAtIsNull(user.id());
		Instant now = Instant.now();
		live.forEach(t -> t.revoke(now));
		return live.size();
	}

	/**
	 * For a user whose device was seized: ends every session, revokes every API token, removes
	 * every second factor (codes and passkeys) and replaces the password by one nobody knows. The user can sign in
	 * again only after an administrator sets a new password, and then enrols a factor afresh.
	 */
	Revocation revokeEverything(String username) {
		UserAccount user = existing(username);
		int revoked = revokeTokens(username);
		user.revokeAccess(passwordEncoder.encode(TokenDigest.newSecret("")), Instant.now());
		secondFactors.removeAll(user.id());
		passkeys.removeAll(user.username());
		return new Revocation(user.id(), revoked);
	}

	/** A change of a user's roles, as the audit log keeps it. */
	record RoleChange(UUID userId, Set<Role> before, Set<Role> after) {
	}

	/**
	 * Gives a user a new set of roles (at least one) and ends their sessions, which carry the old
	 * ones. An administrator cannot take the administrator role from themselves, so that no one
	 * locks the organisation out of its own administration by a slip.
	 */
	RoleChange changeRoles(String actor, String username, Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new AccountRejected("Choose at least one role: ADMINISTRATOR, RESEARCHER, REVIEWER or ADVOCACY. "
					+ "To stop someone working in Vigil, use \"Revoke everything\".");
		}
		UserAccount user = existing(username);
		if (user.username().equalsIgnoreCase(actor) && user.roles().contains(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)) {
			throw new AccountRejected("You cannot take the administrator role from yourself; another administrator can.");
		}
		Set<Role> before = user.roles();
		user.changeRoles(roles, Instant.now());
		return new RoleChange(user.id(), before, Set.copyOf(roles));
	}

	/** Sets a new password chosen by an administrator and lifts any lockout. */
	UUID resetPassword(String username, char[] password) {
		List<String> problems = AccountRules.checkPassword(password);
		if (!problems.isEmpty()) {
			throw new AccountRejected(problems);
		}
		UserAccount user = existing(username);
		user.resetPassword(passwordEncoder.encode(new String(password)));
		Arrays.fill(password, '\0');
		return user.id();
	}

	@Transactional(readOnly = true)
	boolean sessionStillValid(UUID userId, Instant signedInAt) {
		return users.findById(userId).filter(u -> u.acceptsSessionFrom(signedInAt)).isPresent();
	}

	@Transactional(readOnly = true)
	Optional<UUID> idOf(String username) {
		return users.findByUsernameIgnoreCase(username).map(UserAccount::id);
	}

	private UserAccount existing(String username) {
		return users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new AccountRejected("There is no user named '" + username + "'."));
	}

	/** The user a live token belongs to. */
	Optional<UserAccount> userForToken(String secret) {
		return tokens.findByTokenHash(TokenDigest.sha256(secret))
			.filter(t -> !t.isRevoked())
			.map(t -> {
				t.markUsed(Instant.now());
				return t.userId();
			})
			.flatMap(users::findById)
			.filter(UserAccount::enabled);
	}

	@Transactional(readOnly = true)
	Optional<Viewer> viewer(UUID userId) {
		return users.findById(userId).map(u -> new Viewer(u.id(), u.username(), u.roles(), u.teamIds()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Team> find(UUID id) {
		return teams.findById(id).map(TeamEntity::toTeam);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Team> findByName(String name) {
		return teams.findByNameIgnoreCase(name.strip()).map(TeamEntity::toTeam);
	}

	@Override
	public Team findOrCreate(String name) {
		String clean = name.strip();
		return teams.findByNameIgnoreCase(clean).orElseGet(() -> teams.save(new TeamEntity(clean))).toTeam();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Team> byIds(Collection<UUID> ids) {
		return teams.findAllById(ids).stream().map(TeamEntity::toTeam).collect(Collectors.toMap(Team::id, Function.identity()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Team> of(Viewer viewer) {
		return byIds(viewer.teamIds()).values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

}
