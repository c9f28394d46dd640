package org.vigil.platform;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.support.JarServer;
import org.vigil.support.VigilJar;
import org.vigil.support.VigilJar.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application as an operator runs it: {@code java -jar target/vigil.jar} with no
 * database configured starts its own PostgreSQL in the Vigil home, the operator commands work
 * beside it, and data survives a restart.
 */
class RunningTheJarIT {

	@TempDir
	Path home;

	@Test
	void operatorCommandsTheEmbeddedDatabaseAndARestart() throws Exception {
		Result created = VigilJar.run(home, "a long operator password\n", "admin", "create-user", "--username", "operator",
				"--role", "RESEARCHER,REVIEWER", "--team", "Asia", "--password-stdin");
		assertThat(created.exit()).as(created.all()).isZero();
		assertThat(created.out()).contains("Created user operator");

		Result refused = VigilJar.run(home, "a long operator password\n", "admin", "create-user", "--username", "x", "--role",
				"KING", "--team", "Asia", "--password-stdin");
		assertThat(refused.exit()).isEqualTo(2);
		assertThat(refused.err()).contains("'KING'").contains("Usage: java -jar vigil.jar admin create-user");

		Result issued = VigilJar.run(home, "", "admin", "issue-token", "--username", "operator");
		assertThat(issued.exit()).as(issued.all()).isZero();
		String token = issued.out().strip();
		assertThat(token).startsWith("vgl_").doesNotContain("\n");

		String opened;
		try (JarServer server = JarServer.start(home, "--demo")) {
			HttpResponse<String> cases = server.get("/api/cases", token);
			assertThat(cases.statusCode()).isEqualTo(200);
			assertThat(cases.body()).contains("Five North Korean refugees facing forced return from Jilin");

			HttpResponse<String> posted = server.postJson("/api/cases", token, """
					{"title": "Kept across restarts", "countryOfCustody": "CN", "countryOfFearedReturn": "KP",
					 "summary": "s", "priority": "HIGH"}""");
			assertThat(posted.statusCode()).isEqualTo(201);
			opened = posted.body();

			// Issued while the server runs: the command joins the server's database instead of starting another.
			Result second = VigilJar.run(home, "", "admin", "issue-token", "--username", "operator");
			assertThat(second.exit()).as(second.all()).isZero();
			assertThat(server.get("/api/cases", second.out().strip()).statusCode()).isEqualTo(200);
		}
		assertThat(opened).contains("\"id\"");

		try (JarServer again = JarServer.start(home, "--demo")) {
			String after = again.get("/api/cases?size=50", token).body();
			assertThat(after).contains("Kept across restarts");
			assertThat(after.split("Five North Korean refugees facing forced return from Jilin", -1)).hasSize(2);
		}
		assertThat(Files.isDirectory(home.resolve("db"))).isTrue();
	}

	@Test
	void theJarListsItsCommandsAndAnswersAMistakeWithExitCode2() throws Exception {
		Result help = VigilJar.run(home, "", "--help");
		assertThat(help.exit()).isZero();
		assertThat(help.out()).contains("Commands:").contains("admin").contains("backup").contains("events");
		assertThat(Files.exists(home.resolve("db"))).as("help starts no database").isFalse();

		Result wrong = VigilJar.run(home, "", "backup", "--too", "x");
		assertThat(wrong.exit()).isEqualTo(2);
		assertThat(wrong.err()).contains("Missing required option: '--to=FILE'").contains("Usage: java -jar vigil.jar backup");
		assertThat(wrong.out()).isEmpty();
	}

}
