package org.vigil.bench.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.accounts.Team;
import org.vigil.accounts.Teams;
import org.vigil.platform.Command;
import org.vigil.platform.VigilProperties;

/**
 * The team that owns the generated cases and the researcher who signs in to measure them. The
 * user is written to the accounts tables directly (the accounts module offers no API for
 * creating users, only the {@code admin} command, which reads the password from the terminal);
 * the token is issued through that {@code admin} command.
 */
@Component
class BenchAccount {

	static final String USERNAME = "bench";

	static final String TEAM = "Bench";

	private final Teams teams;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transactions;

	private final ObjectProvider<Command> commands;

	private final VigilProperties properties;

	BenchAccount(Teams teams, JdbcClient jdbc, PasswordEncoder passwords, TransactionTemplate transactions,
			ObjectProvider<Command> commands, VigilProperties properties) {
		this.teams = teams;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.transactions = transactions;
		this.commands = commands;
		this.properties = properties;
	}

	/** Makes sure the team and user exist, with a fresh token; answers the team's id. */
	UUID prepare(PrintStream out) {
		Team team = teams.findOrCreate(TEAM);
		String password = BenchCredentials.load(properties.home()).map(BenchCredentials::password).orElseGet(BenchAccount::newPassword);
		String hash = passwords.encode(password);
		transactions.executeWithoutResult(status -> {
			Optional<UUID> existing = jdbc.sql("select id from users where lower(username) = lower(:u)").param("u", USERNAME)
				.query(UUID.class).optional();
			UUID userId = existing.orElseGet(UUID::randomUUID);
			if (existing.isPresent()) {
				jdbc.sql("update users set password_hash = :h, enabled = true, failed_logins = 0, locked_until = null where id = :id")
					.param("h", hash).param("id", userId).update();
			}
			else {
				jdbc.sql("insert into users (id, username, password_hash, enabled, failed_logins, created_at, version) "
						+ "values (:id, :u, :h, true, 0, :at, 0)")
					.param("id", userId).param("u", USERNAME).param("h", hash).param("at", java.sql.Timestamp.from(Instant.now())).update();
			}
			jdbc.sql("insert into user_roles (user_id, role) values (:id, 'RESEARCHER') on conflict do nothing").param("id", userId).update();
			jdbc.sql("insert into team_members (user_id, team_id) values (:id, :team) on conflict do nothing")
				.param("id", userId).param("team", team.id()).update();
		});
		new BenchCredentials(USERNAME, password, issueToken()).save(properties.home());
		out.println("Bench user '" + USERNAME + "' (team " + TEAM + "): password and API token saved in "
				+ BenchCredentials.file(properties.home()));
		return team.id();
	}

	private String issueToken() {
		Command admin = commands.stream().filter(c -> c.name().equals("admin")).findFirst()
			.orElseThrow(() -> new IllegalStateException("The admin command is missing"));
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int exit = admin.run(List.of("issue-token", "--username", USERNAME), new PrintStream(printed, true, StandardCharsets.UTF_8),
				System.err);
		if (exit != 0) {
			throw new IllegalStateException("Could not issue a token for the bench user");
		}
		return printed.toString(StandardCharsets.UTF_8).strip();
	}

	private static String newPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
