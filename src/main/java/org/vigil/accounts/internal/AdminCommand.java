package org.vigil.accounts.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.accounts.Role;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.Command;
import org.vigil.platform.RefusalMessages;
import org.vigil.platform.Refused;
import org.vigil.platform.StartsOnly;
import org.vigil.platform.Terminal;
import org.vigil.platform.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code java -jar vigil.jar admin …}: manage users and tokens from the shell, without a browser.
 * Each change is in the audit log as the operator's.
 */
@Component
@StartsOnly({ "accounts", "audit" })
@CommandLine.Command(name = "admin", description = "Manage users and their API tokens from the shell.")
class AdminCommand implements Command {

	private static final String USERNAME = "the user's name";

	private final UserAccounts accounts;

	private final ApiTokens tokens;

	private final AccessRevocation revocation;

	private final RefusalMessages messages;

	private final AuditLog audit;

	AdminCommand(UserAccounts accounts, ApiTokens tokens, AccessRevocation revocation, AuditLog audit, RefusalMessages messages) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.revocation = revocation;
		this.audit = audit;
		this.messages = messages;
	}

	@CommandLine.Command(name = "create-user", description = "Create a user in a team (created when missing).")
	int createUser(@Option(names = "--username", required = true, paramLabel = "NAME", description = USERNAME) String username,
			@Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
					description = "one or more of ${COMPLETION-CANDIDATES}, separated by commas") List<Role> roles,
			@Option(names = "--team", required = true, paramLabel = "TEAM", description = "the user's team") String team,
			@Option(names = "--password-stdin", required = true,
					description = "read the password from the first line of standard input (never from the command line)") boolean passwordStdin) {
		if (roles.isEmpty()) {
			throw new UsageException("Give at least one role with --role.");
		}
		return answer(() -> {
			UserAccount user = accounts.createUser(new NewUser(username, EnumSet.copyOf(roles), team,
					Terminal.secretFromStandardInput("password")));
			audit.record(AuditEvent.of(Terminal.operator(), "user.created", "user", user.id(), null)
				.withDetails(Map.of("roles", user.roles().stream().map(Role::name).sorted().toList().toString())));
			Terminal.out().println("Created user " + user.username() + " with roles " + user.roles() + ".");
		});
	}

	@CommandLine.Command(name = "issue-token", description = "Issue a personal API token, printed alone on one line.")
	int issueToken(@Option(names = "--username", required = true, paramLabel = "NAME", description = USERNAME) String username) {
		return answer(() -> {
			String token = tokens.issue(username);
			audit.record(AuditEvent.of(Terminal.operator(), "token.issued", "user", accounts.idOf(username).orElse(null), null));
			Terminal.out().println(token);
		});
	}

	@CommandLine.Command(name = "revoke-tokens", description = "Revoke every API token of a user (a device was lost).")
	int revokeTokens(@Option(names = "--username", required = true, paramLabel = "NAME", description = USERNAME) String username) {
		return answer(() -> {
			int count = tokens.revoke(username);
			audit.record(AuditEvent.of(Terminal.operator(), "token.revoked", "user", accounts.idOf(username).orElse(null), null)
				.withDetails(Map.of("count", Integer.toString(count))));
			Terminal.out().println("Revoked " + count + " token(s) of " + username + ".");
		});
	}

	@CommandLine.Command(name = "revoke-all",
			description = "A device was seized: end the user's sessions, revoke tokens, second factors, passkeys and password.")
	int revokeAll(@Option(names = "--username", required = true, paramLabel = "NAME", description = USERNAME) String username) {
		return answer(() -> {
			AccessRevocation.Revocation revoked = revocation.revokeEverything(username);
			audit.record(AuditEvent.of(Terminal.operator(), "user.revoked-all", "user", revoked.userId(), null)
				.withDetails(Map.of("tokensRevoked", Integer.toString(revoked.tokensRevoked()))));
			Terminal.out().println("Revoked every session, " + revoked.tokensRevoked() + " token(s), the second factors and the password of "
					+ username + ". Set a new password with 'admin reset-password' to let them back in.");
		});
	}

	@CommandLine.Command(name = "reset-password", description = "Set a new password; it is read from standard input.")
	int resetPassword(@Option(names = "--username", required = true, paramLabel = "NAME", description = USERNAME) String username,
			@Option(names = "--password-stdin", required = true,
					description = "read the password from the first line of standard input (never from the command line)") boolean passwordStdin) {
		return answer(() -> {
			UUID id = accounts.resetPassword(username, Terminal.secretFromStandardInput("password"));
			audit.record(AuditEvent.of(Terminal.operator(), "user.password-reset", "user", id, null));
			Terminal.out().println("Set a new password for " + username + ".");
		});
	}

	@CommandLine.Command(name = "list-users", description = "List every user with their roles.")
	int listUsers() {
		accounts.allUsers().forEach(u -> Terminal.out().println(u.username() + "\t" + u.roles() + (u.enabled() ? "" : "\tdisabled")));
		return 0;
	}

	/** Runs one change; a refusal by the account rules is printed, reason by reason, with exit code 1. */
	private int answer(Runnable change) {
		try {
			change.run();
			return 0;
		}
		catch (Refused rejected) {
			messages.explain(rejected.refusals(), Locale.ENGLISH).forEach(Terminal.err()::println);
			return 1;
		}
	}

}
