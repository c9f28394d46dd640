package org.vigil.accounts.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.AccountAdministration;
import org.vigil.accounts.Role;
import org.vigil.accounts.Team;
import org.vigil.accounts.UserCreated;
import org.vigil.accounts.UserDirectory;
import org.vigil.accounts.Viewer;
import org.vigil.platform.Refusal;
import org.vigil.platform.RefusalMessages;
import org.vigil.platform.Refused;

/** Creating users (announced as {@link UserCreated}), finding them by name, listing them and setting a new password. */
@Service
@Transactional
class UserAccounts implements AccountAdministration, UserDirectory {

	private final UserAccountRepository users;

	private final TeamDirectory teams;

	private final ApiTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final RefusalMessages messages;

	private final ApplicationEventPublisher events;

	UserAccounts(UserAccountRepository users, TeamDirectory teams, ApiTokens tokens, PasswordEncoder passwordEncoder,
			RefusalMessages messages, ApplicationEventPublisher events) {
		this.events = events;
		this.users = users;
		this.teams = teams;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.messages = messages;
	}

	/** @throws Refused with every rule the command breaks, so that all can be put right at once */
	UserAccount createUser(NewUser command) {
		List<Refusal> problems = new ArrayList<>();
		problems.addAll(AccountRules.checkUsername(command.username()));
		problems.addAll(AccountRules.checkPassword(command.password()));
		problems.addAll(AccountRules.checkTeamName(command.teamName()));
		if (command.roles() == null || command.roles().isEmpty()) {
			problems.add(Refusal.onField(AccountRule.ROLE_REQUIRED, "roles"));
		}
		if (problems.isEmpty() && users.findByUsernameIgnoreCase(command.username()).isPresent()) {
			problems.add(Refusal.onField(AccountRule.USERNAME_TAKEN, "username", command.username()));
		}
		if (!problems.isEmpty()) {
			throw new Refused(problems);
		}
		Team team = teams.findOrCreate(command.teamName());
		String hash = passwordEncoder.encode(new String(command.password()));
		Arrays.fill(command.password(), '\0');
		UserAccount created = users.save(new UserAccount(command.username(), hash, command.roles(), Set.of(team.id())));
		events.publishEvent(new UserCreated(created.id(), created.username(), created.roles(), created.teamIds()));
		return created;
	}

	@Override
	public UUID createUser(String username, Set<Role> roles, String teamName, char[] password) {
		try {
			return createUser(new NewUser(username, roles, teamName, password)).id();
		}
		catch (Refused refused) {
			throw new IllegalArgumentException(String.join(" ", messages.explain(refused.refusals(), Locale.ENGLISH)), refused);
		}
	}

	@Override
	public String issueToken(String username) {
		return tokens.issue(username);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> findEnabledUser(String username) {
		return users.findByUsernameIgnoreCase(username.strip()).filter(UserAccount::enabled).map(UserAccount::id);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> usernames(Collection<UUID> userIds) {
		return users.findAllById(userIds).stream().collect(Collectors.toMap(UserAccount::id, UserAccount::username));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Viewer> viewerNamed(String username) {
		return users.findByUsernameIgnoreCase(username.strip()).filter(UserAccount::enabled).map(UserAccounts::viewer);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Viewer> firstAdministrator() {
		return users.enabledWithRole(Role.ADMINISTRATOR, 1).stream().findFirst().map(UserAccounts::viewer);
	}

	private static Viewer viewer(UserAccount user) {
		return new Viewer(user.id(), user.username(), user.roles(), user.teamIds());
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
	Optional<UUID> idOf(String username) {
		return users.findByUsernameIgnoreCase(username).map(UserAccount::id);
	}

	/** Sets a new password chosen by an administrator and lifts any lockout. */
	UUID resetPassword(String username, char[] password) {
		List<Refusal> problems = AccountRules.checkPassword(password);
		if (!problems.isEmpty()) {
			throw new Refused(problems);
		}
		UserAccount user = users.existing(username);
		user.resetPassword(passwordEncoder.encode(new String(password)));
		users.save(user);
		Arrays.fill(password, '\0');
		return user.id();
	}

}
