package org.vigil.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.vigil.accounts.Role;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.Command;
import org.vigil.platform.RefusalMessages;
import org.vigil.platform.Refused;
import org.vigil.platform.UsageException;

/**
 * {@code java -jar vigil.jar admin …}: manage users and tokens from the shell, without a browser.
 */
@Component
class AdminCommand implements Command {

	private final UserAccounts accounts;

	private final ApiTokens tokens;

	private final AccessRevocation revocation;

	private final AuditLog audit;

	private final RefusalMessages messages;

	AdminCommand(UserAccounts accounts, ApiTokens tokens, AccessRevocation revocation, AuditLog audit, RefusalMessages messages) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.revocation = revocation;
		this.audit = audit;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "admin";
	}

	@Override
	public String usage() {
		return """
				admin create-user --username NAME --role ROLE[,ROLE] --team TEAM --password-stdin
				         admin issue-token --username NAME
				         admin revoke-tokens --username NAME
				         admin revoke-all --username NAME      (device seized: sessions, tokens, second factors, password)
				         admin reset-password --username NAME --password-stdin
				         admin list-users
				         (roles: ADMINISTRATOR, RESEARCHER, REVIEWER, ADVOCACY)""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty()) {
			throw new UsageException("Say what to do: create-user, issue-token, revoke-tokens, revoke-all, reset-password or list-users.");
		}
		Map<String, String> options = options(args.subList(1, args.size()));
		String actor = "operator:" + System.getProperty("user.name", "unknown");
		try {
			switch (args.get(0)) {
				case "create-user" -> {
					UserAccount user = accounts.createUser(new NewUser(required(options, "username"),
							roles(required(options, "role")), required(options, "team"), password(options)));
					audit.record(AuditEvent.of(actor, "user.created", "user", user.id(), null)
						.withDetails(Map.of("roles", user.roles().stream().map(Role::name).sorted().toList().toString())));
					out.println("Created user " + user.username() + " with roles " + user.roles() + ".");
				}
				case "issue-token" -> {
					String username = required(options, "username");
					String token = tokens.issue(username);
					audit.record(AuditEvent.of(actor, "token.issued", "user", accounts.idOf(username).orElse(null), null));
					out.println(token);
				}
				case "revoke-tokens" -> {
					String username = required(options, "username");
					int count = tokens.revoke(username);
					audit.record(AuditEvent.of(actor, "token.revoked", "user", accounts.idOf(username).orElse(null), null)
						.withDetails(Map.of("count", Integer.toString(count))));
					out.println("Revoked " + count + " token(s) of " + username + ".");
				}
				case "revoke-all" -> {
					String username = required(options, "username");
					AccessRevocation.Revocation revoked = revocation.revokeEverything(username);
					audit.record(AuditEvent.of(actor, "user.revoked-all", "user", revoked.userId(), null)
						.withDetails(Map.of("tokensRevoked", Integer.toString(revoked.tokensRevoked()))));
					out.println("Revoked every session, " + revoked.tokensRevoked() + " token(s), the second factors and the password of "
							+ username + ". Set a new password with 'admin reset-password' to let them back in.");
				}
				case "reset-password" -> {
					String username = required(options, "username");
					java.util.UUID id = accounts.resetPassword(username, password(options));
					audit.record(AuditEvent.of(actor, "user.password-reset", "user", id, null));
					out.println("Set a new password for " + username + ".");
				}
				case "list-users" -> accounts.allUsers()
					.forEach(u -> out.println(u.username() + "\t" + u.roles() + (u.enabled() ? "" : "\tdisabled")));
				default -> throw new UsageException("Unknown admin command '" + args.get(0) + "'.");
			}
			return 0;
		}
		catch (Refused rejected) {
			messages.explain(rejected.refusals(), Locale.ENGLISH).forEach(err::println);
			return 1;
		}
	}

	private static Map<String, String> options(List<String> words) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (!word.startsWith("--")) {
				throw new UsageException("Unexpected '" + word + "': options start with --.");
			}
			String name = word.substring(2);
			int equals = name.indexOf('=');
			if (equals >= 0) {
				options.put(name.substring(0, equals), name.substring(equals + 1));
			}
			else if (name.equals("password-stdin")) {
				options.put(name, "true");
			}
			else if (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
				options.put(name, words.get(++i));
			}
			else {
				throw new UsageException("--" + name + " needs a value.");
			}
		}
		return options;
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null || value.isBlank()) {
			throw new UsageException("--" + name + " is required.");
		}
		return value;
	}

	private static Set<Role> roles(String value) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String word : value.split(",")) {
			try {
				roles.add(Role.valueOf(word.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException("Unknown role '" + word.strip() + "'. Roles: ADMINISTRATOR, RESEARCHER, REVIEWER, ADVOCACY.");
			}
		}
		return roles;
	}

	/** Reads the password from the first line of standard input, so it never appears in the process list. */
	private static char[] password(Map<String, String> options) {
		if (!options.containsKey("password-stdin")) {
			throw new UsageException("Give the password on standard input with --password-stdin (it must not appear on the command line).");
		}
		try {
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			if (line == null) {
				throw new UsageException("No password arrived on standard input.");
			}
			return line.toCharArray();
		}
		catch (IOException ex) {
			throw new UsageException("Could not read the password from standard input: " + ex.getMessage());
		}
	}

}
