package org.vigil.bench.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.vigil.platform.VigilProperties;

/**
 * {@code bench run}: measures every scenario with each client count — warm-up first, then a fixed
 * number of requests — and its baseline right after it, then writes the results. The baselines use
 * {@code --jdbc-url} if given, otherwise the database this command is configured with (the embedded
 * one under VIGIL_HOME, which the server shares).
 */
@Component
class LoadDriver {

	static final int WARMUP_ROUNDS = 5;

	private final DataSource dataSource;

	private final PasswordEncoder passwordEncoder;

	private final VigilProperties properties;

	LoadDriver(DataSource dataSource, PasswordEncoder passwordEncoder, VigilProperties properties) {
		this.dataSource = dataSource;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
	}

	BenchResults run(DriverSettings requested, List<String> launchJvmOptions, Duration launchWait, PrintWriter out) {
		DriverSettings settings = requested;
		ServerProcess launched = null;
		List<Connection> connections = new ArrayList<>();
		try {
			if (settings.launch() != null) {
				launched = ServerProcess.launch(settings.launch(), properties.home(), settings.out().toAbsolutePath().getParent(),
						launchJvmOptions, launchWait);
				out.printf("Server started in %.2f s (pid %d, %s)%n", launched.startupSeconds(), launched.pid(), launched.url());
				settings = settings.withUrl(launched.url()).withPid(launched.pid());
				Thread.sleep(5_000); // let start-up work settle before reading memory "at rest"
			}
			int maxClients = Collections.max(settings.clients());
			for (int i = 0; i < maxClients; i++) {
				connections.add(connect(settings));
			}
			ScenarioData data = ScenarioData.load(connections.get(0), settings.username());
			Baselines baselines = new Baselines(connections.toArray(Connection[]::new), data);
			Scenarios scenarios = new Scenarios(settings, data, baselines, passwordEncoder, maxClients);
			rememberSecondFactorKey(scenarios.secondFactorKey());
			BenchResults results = measure(settings, data, scenarios, launched, out);
			results.write(settings.out());
			out.println();
			out.print(results.table());
			out.println("Results written to " + settings.out().toAbsolutePath());
			return results;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The baseline database is not reachable: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		finally {
			connections.forEach(LoadDriver::closeQuietly);
			if (launched != null) {
				try {
					launched.close();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	private BenchResults measure(DriverSettings settings, ScenarioData data, Scenarios scenarios, ServerProcess launched,
			PrintWriter out) {
		long pid = settings.pid() != null ? settings.pid() : -1;
		List<BenchResults.ScenarioResult> results = new ArrayList<>();
		try (MemoryProbe memory = new MemoryProbe(pid)) {
			double atRest = memory.residentMb();
			memory.startSampling();
			warmUp(settings, scenarios, out);
			for (int clients : settings.clients()) {
				for (Scenario scenario : scenarios.all()) {
					Stats vigil = Runner.measure(scenario.vigil(), clients, settings.warmup(), settings.requests());
					Stats baseline = Runner.measure(scenario.baseline(), clients, settings.warmup(), settings.requests());
					BenchResults.ScenarioResult result = BenchResults.ScenarioResult.of(scenario, clients, vigil, baseline);
					results.add(result);
					out.printf("  %-26s %d client(s): p50 %.2f ms, p95 %.2f ms, %.1f req/s, %d errors (baseline p95 %.2f ms)%n",
							scenario.name(), clients, vigil.p50Ms(), vigil.p95Ms(), vigil.throughputPerSecond(), vigil.errors(),
							baseline.p95Ms());
				}
			}
			double peak = memory.peakMb();
			BenchResults.Server server = new BenchResults.Server(pid, launched != null ? launched.startupSeconds() : -1, atRest,
					pid > 0 ? peak : -1, memory.residentMb());
			return new BenchResults(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), machine(),
					new BenchResults.Dataset(data.cases(), data.persons(), data.sources(), data.largestCasePersons()), server,
					new BenchResults.Settings(settings.url().toString(), settings.clients(), settings.requests(), settings.warmup()),
					results, scenarios.skipped());
		}
	}

	/**
	 * Lets the server's JIT compiler and caches settle before anything is measured: every scenario,
	 * with the most clients, {@link #WARMUP_ROUNDS} times the per-scenario warm-up.
	 */
	private static void warmUp(DriverSettings settings, Scenarios scenarios, PrintWriter out) {
		int clients = Collections.max(settings.clients());
		int requests = settings.warmup() * WARMUP_ROUNDS;
		if (requests == 0) {
			return;
		}
		out.printf("Warming up: %d requests per scenario with %d clients…%n", requests, clients);
		for (Scenario scenario : scenarios.all()) {
			Runner.measure(scenario.vigil(), clients, 0, requests);
			Runner.measure(scenario.baseline(), clients, 0, requests);
		}
	}

	/** Keeps a newly enrolled second-factor key with the bench user's other credentials, for the next run. */
	private void rememberSecondFactorKey(String key) {
		BenchCredentials.load(properties.home()).filter(saved -> key != null && !key.equals(saved.totpKey()))
			.ifPresent(saved -> saved.withTotpKey(key).save(properties.home()));
	}

	private Connection connect(DriverSettings settings) throws SQLException {
		if (settings.jdbc() != null) {
			return DriverManager.getConnection(settings.jdbc().url(), settings.jdbc().user(), settings.jdbc().password());
		}
		return dataSource.getConnection();
	}

	private static BenchResults.Machine machine() {
		String cpu = "unknown";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
				.map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
		}
		catch (IOException ex) {
			// not Linux
		}
		double load = -1;
		try {
			load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux
		}
		return new BenchResults.Machine(cpu, Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
				System.getProperty("os.name") + " " + System.getProperty("os.arch"), load);
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// closing after the run: nothing left to do
		}
	}

}
