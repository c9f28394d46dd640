package org.vigil.support;

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

/**
 * The packaged server as an operator starts it ({@code java -jar target/vigil.jar} on a free port,
 * with {@code VIGIL_HOME}), and the ways it ends: stopped as a service manager stops it, or killed.
 */
public final class JarServer implements AutoCloseable {

	private final Process process;

	private final Path home;

	private final int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private JarServer(Process process, Path home, int port) {
		this.process = process;
		this.home = home;
		this.port = port;
	}

	/** Starts the server and waits until {@code /actuator/health} answers 200. */
	public static JarServer start(Path home, String... args) throws Exception {
		int port = FreePort.pick();
		List<String> command = new ArrayList<>(List.of("java", "-jar", VigilJar.JAR.toString(), "--server.port=" + port));
		command.addAll(List.of(args));
		Path log = home.resolve("server-" + port + ".out");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("VIGIL_HOME", home.toString());
		long started = System.nanoTime();
		JarServer server = new JarServer(builder.start(), home, port);
		for (int i = 0; i < 480; i++) {
			if (!server.process.isAlive()) {
				throw new AssertionError("The server stopped: " + Files.readString(log));
			}
			try {
				if (server.get("/actuator/health", null).statusCode() == 200) {
					System.out.printf("Vigil ready on port %d after %d ms%n", port, (System.nanoTime() - started) / 1_000_000);
					return server;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		server.close();
		throw new AssertionError("The server did not become ready: " + Files.readString(log));
	}

	public HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		return http.send(request(path, token).build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> postJson(String path, String token, String json) throws IOException, InterruptedException {
		return http.send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	/**
	 * {@code kill -9} of everything that serves: the launched JVM, the server JVM it started, and
	 * the PostgreSQL postmaster (not their child: pg_ctl starts it detached), with no chance to flush
	 * or shut down. Waits until they are gone.
	 */
	public void kill() throws Exception {
		List<ProcessHandle> serving = new ArrayList<>(process.descendants().toList());
		serving.add(process.toHandle());
		List<String> pidFile = Files.readAllLines(home.resolve("db").resolve("postmaster.pid"));
		ProcessHandle.of(Long.parseLong(pidFile.get(0).strip())).ifPresent(serving::add);
		serving.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle handle : serving) {
			handle.onExit().get(60, TimeUnit.SECONDS);
		}
	}

	/** SIGTERM, as a service manager stops a service: Spring closes, which stops the embedded PostgreSQL. */
	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
		}
	}

}
