package org.vigil.bench.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Vigil server started by the driver ({@code --launch vigil.jar}) on a free loopback port, to
 * measure its start-up: from process start until {@code /actuator/health} answers 200. The
 * database is the one this command already uses (the embedded server attaches to it), so the
 * figure is start-up with the database already running and initialised. Its output goes to
 * {@code <out-dir>/server.log}.
 */
final class ServerProcess implements AutoCloseable {

	private final Process process;

	private final URI url;

	private final double startupSeconds;

	private ServerProcess(Process process, URI url, double startupSeconds) {
		this.process = process;
		this.url = url;
		this.startupSeconds = startupSeconds;
	}

	static ServerProcess launch(Path jar, Path home, Path logDirectory, List<String> jvmOptions, Duration wait) throws IOException, InterruptedException {
		return launch(jar, home, logDirectory, jvmOptions, wait, List.of());
	}

	/** Starts the server with these settings of its own ({@code --spring.mail.port=…}) after the usual ones. */
	static ServerProcess launch(Path jar, Path home, Path logDirectory, List<String> jvmOptions, Duration wait, List<String> settings)
			throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "serve", "--server.port=" + port,
				"--server.address=127.0.0.1", "--vigil.home=" + home.toAbsolutePath()));
		command.addAll(settings);
		Files.createDirectories(logDirectory);
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(logDirectory.resolve("server.log").toFile()).start();
		URI url = URI.create("http://127.0.0.1:" + port);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		long deadline = started + wait.toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			try {
				if (http.send(HttpRequest.newBuilder(url.resolve("/actuator/health")).build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return new ServerProcess(process, url, (System.nanoTime() - started) / 1e9);
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(25);
		}
		process.destroy();
		throw new IllegalStateException("The server did not become ready " + (process.isAlive() ? "within " + wait.toMinutes()
				+ " min (--launch-wait)" : "(it stopped)") + "; see " + logDirectory.resolve("server.log"));
	}

	URI url() {
		return url;
	}

	/**
	 * The server's own process: {@code java -jar vigil.jar} starts the server again as its child,
	 * with Vigil's memory budget, unless JVM options were given (then it runs itself).
	 */
	long pid() {
		return process.toHandle().children().findFirst().map(ProcessHandle::pid).orElse(process.pid());
	}

	double startupSeconds() {
		return startupSeconds;
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

}
