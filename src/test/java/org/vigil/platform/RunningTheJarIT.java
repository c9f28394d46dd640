package org.vigil.platform;

import org.vigil.support.FreePort;
import org.vigil.support.VigilJar;
import org.vigil.support.VigilJar.Result;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application as an operator runs it: {@code java -jar target/vigil.jar} with no
 * database configured starts its own PostgreSQL in the Vigil home, the operator commands work
 * beside it, and data survives a restart.
 */
class RunningTheJarIT {

	@TempDir
	Path home;

	private final List<Process> servers = new ArrayList<>();

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void stopServers() throws InterruptedException {
		for (Process server : servers) {
			stop(server);
		}
	}

	@Test
	void operatorCommandsTheEmbeddedDatabaseAndARestart() throws Exception {
		Result created = VigilJar.run(home, "a long operator password\n", "admin", "create-user", "--username", "operator",
				"--role", "RESEARCHER,REVIEWER", "--team", "Asia", "--password-stdin");
		assertThat(created.exit()).as(created.all()).isZero();
		assertThat(created.out()).contains("Created user operator");

		Result refused = VigilJar.run(home, "a long operator password\n", "admin", "create-user", "--username", "x", "--role",
				"KING", "--team", "Asia", "--password-stdin");
		assertThat(refused.exit()).isEqualTo(2);
		assertThat(refused.err()).contains("Unknown role 'KING'");

		Result issued = VigilJar.run(home, "", "admin", "issue-token", "--username", "operator");
		assertThat(issued.exit()).as(issued.all()).isZero();
		String token = issued.out().strip();
		assertThat(token).startsWith("vgl_").doesNotContain("\n");

		int port = FreePort.pick();
		startServer(port, "--demo");
		HttpResponse<String> cases = get(port, "/api/cases", token);
		assertThat(cases.statusCode()).isEqualTo(200);
		assertThat(cases.body()).contains("Five North Korean refugees facing forced return from Jilin");

		HttpResponse<String> opened = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cases"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"title": "Kept across restarts", "countryOfCustody": "CN", "countryOfFearedReturn": "KP",
					 "summary": "s", "priority": "HIGH"}"""))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(opened.statusCode()).isEqualTo(201);

		// Issued while the server runs: the command joins the server's database instead of starting another.
		Result second = VigilJar.run(home, "", "admin", "issue-token", "--username", "operator");
		assertThat(second.exit()).as(second.all()).isZero();
		assertThat(get(port, "/api/cases", second.out().strip()).statusCode()).isEqualTo(200);

		stop(servers.remove(0));
		int again = FreePort.pick();
		startServer(again, "--demo");
		String after = get(again, "/api/cases?size=50", token).body();
		assertThat(after).contains("Kept across restarts");
		assertThat(after.split("Five North Korean refugees facing forced return from Jilin", -1)).hasSize(2);
		assertThat(Files.isDirectory(home.resolve("db"))).isTrue();
	}

	private void startServer(int port, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("java", "-jar", VigilJar.JAR.toString(), "--server.port=" + port));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(home.resolve("server-" + port + ".out").toFile());
		builder.environment().put("VIGIL_HOME", home.toString());
		long started = System.nanoTime();
		Process server = builder.start();
		servers.add(server);
		for (int i = 0; i < 240; i++) {
			if (!server.isAlive()) {
				throw new AssertionError("The server stopped: " + Files.readString(home.resolve("server-" + port + ".out")));
			}
			try {
				if (get(port, "/actuator/health", null).statusCode() == 200) {
					System.out.printf("Vigil ready on port %d after %d ms%n", port, (System.nanoTime() - started) / 1_000_000);
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The server did not become ready: " + Files.readString(home.resolve("server-" + port + ".out")));
	}

	private static void stop(Process server) throws InterruptedException {
		server.destroy(); // SIGTERM: Spring closes the context, which stops the embedded PostgreSQL
		if (!server.waitFor(60, TimeUnit.SECONDS)) {
			server.destroyForcibly();
		}
	}

	private HttpResponse<String> get(int port, String path, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
