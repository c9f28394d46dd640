package org.vigil.bench.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Component;
import org.vigil.platform.Command;
import org.vigil.platform.Terminal;
import org.vigil.platform.UsageException;
import org.vigil.platform.VigilProperties;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code bench …}: fill a benchmark dataset, or measure a running server. */
@Component
@CommandLine.Command(name = "bench", description = "Benchmarks: fill a benchmark database, measure a server (docs/benchmarks.md).")
class BenchCommand implements Command {

	private final DatasetGenerator generator;

	private final LoadDriver driver;

	private final VigilProperties properties;

	private final BenchmarkDatabase database;

	private final MailThroughput mail;

	BenchCommand(DatasetGenerator generator, LoadDriver driver, VigilProperties properties, BenchmarkDatabase database,
			MailThroughput mail) {
		this.generator = generator;
		this.driver = driver;
		this.properties = properties;
		this.database = database;
		this.mail = mail;
	}

	@CommandLine.Command(name = "generate", description = { "Add a large, skewed dataset to a benchmark database, through the API.",
			"Refuses a database that holds data and is not a benchmark database." })
	int generate(@Option(names = "--cases", defaultValue = "100000", description = "cases to add (default ${DEFAULT-VALUE})") int cases,
			@Option(names = "--persons-per-case-avg", defaultValue = "10", description = "average persons per case (default ${DEFAULT-VALUE})") double persons,
			@Option(names = "--sources-per-case-avg", defaultValue = "5", description = "average sources per case (default ${DEFAULT-VALUE})") double sources,
			@Option(names = "--huge-cases", description = "cases with hundreds of persons (default: one per 5 000 cases, at least one)") Integer huge,
			@Option(names = "--appeals", description = "appeals to add, with dispatches and replies, in SQL (default: two a case)") Integer appeals,
			@Option(names = "--published-items", defaultValue = "0", description = "items of the public site to add, in SQL (default ${DEFAULT-VALUE})") int publishedItems,
			@Option(names = "--whereabouts-per-case-avg", defaultValue = "30", description = "average whereabouts entries per case (default ${DEFAULT-VALUE})") double whereabouts,
			@Option(names = "--seed", defaultValue = "42", description = "the same seed makes the same dataset (default ${DEFAULT-VALUE})") long seed,
			@Option(names = "--url", description = "a server already running on this database (default: launch one)") URI url,
			@Option(names = "--launch", paramLabel = "JAR", defaultValue = "target/vigil.jar",
					description = "the Vigil jar to start for the run when no --url is given (default ${DEFAULT-VALUE})") Path launch,
			@Option(names = "--launch-wait", paramLabel = "MINUTES", defaultValue = "15",
					description = "how long to wait for the launched server to answer (default ${DEFAULT-VALUE} min)") int launchWait,
			@Option(names = "--writers", defaultValue = "4", description = "requests sent side by side (default ${DEFAULT-VALUE})") int writers,
			@Option(names = "--open-share", paramLabel = "SHARE",
					description = "share of cases left open or monitored, 0 to 1 (default: older-looking cases mostly closed, about a third open)") Double openShare,
			@Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "300",
					description = "how long one request may wait for the server; a GET, or a request that never reached it, is sent again "
							+ "(default ${DEFAULT-VALUE} s)") int requestTimeout,
			@Option(names = "--i-know-this-is-not-production",
					description = "write into a database that holds data although it is not marked as a benchmark database") boolean notProduction) {
		int hugeCases = huge != null ? huge : Math.max(1, cases / 5_000);
		if (writers < 1 || writers > 32) {
			throw new UsageException("--writers must be between 1 and 32.");
		}
		if (requestTimeout < 1 || requestTimeout > 3_600) {
			throw new UsageException("--request-timeout must be between 1 and 3600 seconds.");
		}
		if (url != null) {
			DriverSettings.requireLoopback(url);
		}
		generator.generate(new DatasetShape(cases, persons, sources, Math.min(hugeCases, cases), seed,
				appeals != null ? appeals : 2 * cases, publishedItems, whereabouts, openShare),
				new DatasetGenerator.Target(url, launch, launchTime(launchWait), writers, Duration.ofSeconds(requestTimeout), notProduction),
				Terminal.out());
		return 0;
	}

	@CommandLine.Command(name = "run", description = "Measure a running server (or one it launches) against the bare work each request needs.")
	int run(@Option(names = "--url", defaultValue = "http://127.0.0.1:8080", description = "the server, on loopback (default ${DEFAULT-VALUE})") URI url,
			@Option(names = "--token", description = "the bench user's API token (default: the one 'bench generate' saved)") String token,
			@Option(names = "--clients", defaultValue = "1,8", split = ",", description = "concurrent clients, e.g. ${DEFAULT-VALUE}") List<Integer> clients,
			@Option(names = "--requests", defaultValue = "500", description = "measured requests per scenario (default ${DEFAULT-VALUE})") int requests,
			@Option(names = "--warmup", defaultValue = "100", description = "unmeasured requests first (default ${DEFAULT-VALUE})") int warmup,
			@Option(names = "--out", defaultValue = "target/bench/results.json", description = "results file (default ${DEFAULT-VALUE})") Path out,
			@Option(names = "--pid", description = "the server's process id, to read its memory") Long pid,
			@Option(names = "--launch", paramLabel = "JAR", description = "start this Vigil jar for the run, and stop it after") Path launch,
			@Option(names = "--launch-jvm", paramLabel = "OPTIONS", description = "JVM options for the launched server, e.g. \"-Xmx512m\"") String launchJvm,
			@Option(names = "--launch-wait", paramLabel = "MINUTES", defaultValue = "15",
					description = "how long to wait for the launched server to answer (default ${DEFAULT-VALUE} min)") int launchWait,
			@Option(names = "--jdbc-url", description = "run the baselines against this database") String jdbcUrl,
			@Option(names = "--jdbc-user", defaultValue = "postgres") String jdbcUser,
			@Option(names = "--jdbc-password", defaultValue = "") String jdbcPassword,
			@Option(names = "--username", description = "the bench user (default: the saved one)") String username,
			@Option(names = "--password", description = "the bench user's password (default: the saved one)") String password,
			@Option(names = "--totp-key", description = "the bench user's second-factor key (default: the saved one)") String totpKey,
			@Option(names = "--scenarios", split = ",", description = "only these scenarios") List<String> scenarios) {
		DriverSettings settings = new DriverSettings(url, token, username, password, clients, requests, warmup, out, pid, launch,
				jdbcUrl != null ? new DriverSettings.JdbcTarget(jdbcUrl, jdbcUser, jdbcPassword) : null,
				scenarios != null ? scenarios : List.of(), totpKey).completedWith(BenchCredentials.load(properties.home()));
		if (database.restoreProductCommits()) {
			Terminal.out().println("This benchmark database still acknowledged commits before flushing them (a generation was stopped "
					+ "half-way); it flushes every commit again, as the product does. A server already running keeps its sessions' setting "
					+ "until it reconnects: restart it.");
		}
		driver.run(settings, launchJvm != null ? List.of(launchJvm.trim().split("\\s+")) : List.of(), launchTime(launchWait), Terminal.out());
		return 0;
	}

	/**
	 * The wait for a launched server, checked. Fifteen minutes by default: at 50 000 published items and a load of 20 or
	 * more, a start (migrations, search index) has taken six.
	 */
	static Duration launchTime(int minutes) {
		if (minutes < 1 || minutes > 120) {
			throw new UsageException("--launch-wait must be between 1 and 120 minutes.");
		}
		return Duration.ofMinutes(minutes);
	}

	@CommandLine.Command(name = "mail", description = { "Dispatch an approved appeal by email, with its PDF, to N addresses and time "
			+ "until a local SMTP peer (GreenMail) has every letter; place N replies in its IMAP mailbox and time one reading of it "
			+ "by the server. Prints letters/s, replies/s and CPU time per letter and per reply." })
	int mail(@Option(names = "--letters", defaultValue = "200", description = "letters measured, 0 for none (default ${DEFAULT-VALUE})") int letters,
			@Option(names = "--replies", defaultValue = "400", description = "replies measured, 0 for none (default ${DEFAULT-VALUE})") int replies,
			@Option(names = "--warmup", defaultValue = "40", description = "letters, and replies, first, unmeasured (default ${DEFAULT-VALUE})") int warmup,
			@Option(names = "--launch", paramLabel = "JAR", defaultValue = "target/vigil.jar",
					description = "the Vigil jar to start, pointed at the mail peer, when no --url is given (default ${DEFAULT-VALUE})") Path launch,
			@Option(names = "--launch-jvm", paramLabel = "OPTIONS", description = "JVM options for the launched server, e.g. \"-Xmx512m\"") String launchJvm,
			@Option(names = "--url", description = "a server already running on this database, sending to --smtp-port and reading "
					+ "--mailbox on --imap-port (default: launch one)") URI url,
			@Option(names = "--pid", description = "the running server's process id, for its CPU time") Long pid,
			@Option(names = "--smtp-port", defaultValue = "0", description = "the peer's SMTP port on 127.0.0.1 (default: a free one)") int smtpPort,
			@Option(names = "--imap-port", defaultValue = "0", description = "the peer's IMAP port on 127.0.0.1 (default: a free one)") int imapPort,
			@Option(names = "--mailbox", defaultValue = "replies@bench.example.org", description = "the reply mailbox (default ${DEFAULT-VALUE})") String mailbox,
			@Option(names = "--mailbox-password", description = "its password (default: a new one for a launched server)") String mailboxPassword)
			throws Exception {
		if (letters < 0 || letters > 100_000 || replies < 0 || replies > 100_000 || letters + replies == 0 || warmup < 0 || warmup > 10_000) {
			throw new UsageException("--letters and --replies must be between 0 and 100 000 (not both 0), --warmup between 0 and 10 000.");
		}
		if (url != null && (smtpPort == 0 || imapPort == 0 || mailboxPassword == null)) {
			throw new UsageException("With --url, give the --smtp-port, --imap-port and --mailbox-password the server is set to.");
		}
		String password = mailboxPassword != null ? mailboxPassword : Long.toString(new java.security.SecureRandom().nextLong() & Long.MAX_VALUE, 36);
		mail.measure(new MailSettings(url, launch, launchJvm != null ? List.of(launchJvm.trim().split("\\s+")) : List.of(), pid,
				new MailSettings.Peer(smtpPort, imapPort, mailbox, password), letters, replies, warmup, Path.of("target", "bench")), Terminal.out());
		return 0;
	}

}
