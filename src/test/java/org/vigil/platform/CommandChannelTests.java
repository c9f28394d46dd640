package org.vigil.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A running server runs the operator commands sent to its home's socket, as the shell would have
 * run them, for its own account only; what names a file stays with the shell.
 */
class CommandChannelTests extends WebIntegrationTest {

	@Autowired
	private VigilProperties vigil;

	@Autowired
	private JdbcTemplate jdbc;

	private record Sent(Optional<Integer> exit, String out, String err) {

		String all() {
			return out + err;
		}

	}

	private Sent send(String input, String... words) {
		String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(words), java.util.stream.Stream.of("--vigil.home=" + vigil.home()))
			.toArray(String[]::new);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Optional<Integer> exit = CommandChannel.forward(args, Map.of(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Sent(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void theServerIssuesATokenForACommandSentToItsSocket() throws Exception {
		TestUser user = user(newTeam());

		Sent issued = send("", "admin", "issue-token", "--username", user.username());

		assertThat(issued.exit()).contains(0);
		assertThat(issued.out().lines()).hasSize(1);
		mvc.perform(get("/api/cases").header("Authorization", "Bearer " + issued.out().strip())).andExpect(status().isOk());
		assertThat(jdbc.queryForList("select actor from audit_entries where action = 'token.issued' "
				+ "and record_id = (select id::text from users where username = ?)", String.class, user.username()))
			.containsExactly(Terminal.operator());
	}

	@Test
	void aPasswordOnTheShellsStandardInputReachesTheServersCommand() {
		String name = "channel-" + newTeam().toLowerCase(java.util.Locale.ROOT);

		Sent created = send(PASSWORD + "\n", "admin", "create-user", "--username", name, "--role", "RESEARCHER", "--team", newTeam(),
				"--password-stdin");

		assertThat(created.exit()).contains(0);
		assertThat(send("", "admin", "list-users").out()).contains(name);
		assertThat(created.all()).doesNotContain(PASSWORD);
	}

	@Test
	void theServersRefusalComesBackWithItsExitCode() {
		Sent refused = send("", "admin", "issue-token", "--username", "nobody-" + newTeam());

		assertThat(refused.exit()).contains(1);
		assertThat(refused.err()).contains("There is no user named");
	}

	@Test
	void onlyVigilsAccountCanReachTheSocket() throws Exception {
		Path socket = CommandChannel.socket(vigil.home()).orElseThrow();

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent()))).isEqualTo("rwx------");
	}

	@Test
	void aCommandNamingAFileIsLeftToTheShell() {
		// The path is the shell's, relative to its working directory, not the server's.
		assertThat(send("", "backup", "--to", "archive.vgb").exit()).isEmpty();
		assertThat(send("", "audit", "verify", "--checkpoint", "checkpoint.json").exit()).isEmpty();
	}

	@Test
	void aCommandGivenAnotherDatabaseIsLeftToTheShell() {
		assertThat(send("", "admin", "list-users", "--spring.datasource.url=jdbc:postgresql://elsewhere/vigil").exit()).isEmpty();
	}

	@Test
	void withNoServerInTheHomeTheShellRunsTheCommand() throws Exception {
		Path empty = Files.createTempDirectory("vigil-no-server");
		ByteArrayOutputStream ignored = new ByteArrayOutputStream();

		Optional<Integer> exit = CommandChannel.forward(new String[] { "admin", "list-users", "--vigil.home=" + empty }, Map.of(),
				new ByteArrayInputStream(new byte[0]), new PrintStream(ignored), new PrintStream(ignored));

		assertThat(exit).isEmpty();
	}

}
