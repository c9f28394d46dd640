package org.vigil.platform.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;
import org.vigil.platform.SecretFiles;

/**
 * The PostgreSQL server Vigil runs for itself when no external database is configured. Its data
 * lives in {@code <home>/db} and survives restarts. When another Vigil process (the server, while
 * an operator command runs) already serves that directory, this one connects to it instead of
 * starting a second server on the same files.
 *
 * <p>It is a production database, not the embedded library's test server: every commit is on disk
 * before it is acknowledged ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes}),
 * pages carry checksums (in every home created since), and nobody else on
 * the host can read it: it listens on loopback TCP only, without a Unix socket, and asks for a
 * password (scram-sha-256) that is generated once and kept owner-only with the keys.
 */
final class EmbeddedDatabase implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	static final String DATABASE = "vigil";

	static final String SUPERUSER = "postgres";

	/**
	 * Given after the library's own {@code -F} (fsync off), so they win: PostgreSQL applies its
	 * command-line settings in order.
	 */
	static final Map<String, String> DURABLE = Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

	/** Only password-holders, only over loopback TCP; no line for the Unix socket, which is switched off. */
	static final String ACCESS_RULES = """
			# Written by Vigil on every start: only the holder of keys/database-password connects,
			# over loopback TCP. There is no Unix socket (unix_socket_directories is empty).
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final EmbeddedPostgres server;

	private final int port;

	private final String password;

	private EmbeddedDatabase(EmbeddedPostgres server, int port, String password) {
		this.server = server;
		this.port = port;
		this.password = password;
	}

	/**
	 * Joins the server already running on {@code <home>/db}, or starts one (creating the home's
	 * database on first use).
	 */
	static EmbeddedDatabase open(Path home) throws IOException {
		return open(home, 0);
	}

	/**
	 * As {@link #open(Path)}, for a server about to listen on {@code webPort}: the database, started
	 * first, never takes that port (a free port the system hands out could be the very one the web
	 * server was told to take a moment later, above all on a restart).
	 */
	static EmbeddedDatabase open(Path home, int webPort) throws IOException {
		Path data = home.resolve("db");
		Path secret = passwordFile(home);
		Files.createDirectories(home);
		boolean hadPassword = Files.isRegularFile(secret);
		String known = hadPassword ? SecretFiles.read(secret).strip() : "";
		Integer running = runningServerPort(data, known);
		if (running != null) {
			log.info("Using the embedded database already running on port {}", running);
			return new EmbeddedDatabase(null, running, known);
		}
		// Made only by the process that starts the server, which then sets it (initdb or requirePassword).
		String password = hadPassword ? known : newPassword(secret);
		boolean fresh = !Files.exists(data.resolve("postgresql.conf"));
		if (!fresh && hadPassword) {
			writeAccessRules(data);
		}
		EmbeddedDatabase database = start(data, password, webPort);
		if (fresh) {
			database = database.initialisedWithChecksums(data, secret);
		}
		else if (!hadPassword) {
			database.requirePassword(data);
		}
		if (!database.dataChecksums()) {
			log.warn("The embedded database in {} has no data checksums: damaged pages would go unnoticed. "
					+ "The README (Configuration, Durability) says how to convert it.", data);
		}
		database.createDatabaseIfMissing();
		log.info("Embedded PostgreSQL serving {} on port {}", data, database.port);
		return database;
	}

	/** Where the database password is kept: with the keys, readable by Vigil's account only. */
	static Path passwordFile(Path home) {
		return home.resolve("keys").resolve("database-password");
	}

	private static EmbeddedDatabase start(Path data, String password, int webPort) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(freePortOtherThan(webPort))
			.setDataDirectory(data.toFile())
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("unix_socket_directories", "")
			.setConnectConfig("password", password)
			// Stopped by the application (close), after everything that still writes while it closes; a JVM
			// shutdown hook of the library's own would race that and leave the last writes waiting for a connection.
			.setRegisterShutdownHook(false);
		DURABLE.forEach(builder::setServerConfig);
		EmbeddedPostgres server = builder.start();
		return new EmbeddedDatabase(server, server.getPort(), password);
	}

	/**
	 * The embedded library runs {@code initdb} itself, without checksums and trusting every local
	 * connection, and ships no {@code pg_checksums}. So a new home's first cluster only serves to
	 * unpack the programs: it is stopped and replaced, while still empty, by one made with the same
	 * {@code initdb}, with checksums and with the password as the only way in.
	 */
	private EmbeddedDatabase initialisedWithChecksums(Path data, Path passwordFile) throws IOException {
		Path initdb = binaries().resolve(executable("initdb"));
		server.close();
		FileSystemUtils.deleteRecursively(data);
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			// As the library does for its own initdb: PostgreSQL refuses to run as root, so under root it
			// runs in a user namespace of its own.
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(initdb.toString(), "--data-checksums", "--auth=scram-sha-256", "--pwfile=" + passwordFile,
				"--username=" + SUPERUSER, "--encoding=UTF-8", "--pgdata=" + data));
		run(command);
		writeAccessRules(data);
		log.info("Created the embedded database in {} with data checksums", data);
		return start(data, password, port);
	}

	/** A free loopback port, never {@code avoid} (the web server's). */
	static int freePortOtherThan(int avoid) throws IOException {
		for (int attempt = 0; attempt < 20; attempt++) {
			try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
				if (socket.getLocalPort() != avoid) {
					return socket.getLocalPort();
				}
			}
		}
		throw new IOException("No free port for the embedded database other than " + avoid);
	}

	/** A home from before passwords: give the superuser its password, then stop trusting anyone. */
	private void requirePassword(Path data) throws IOException {
		try (Connection c = connect("postgres"); var statement = c.createStatement()) {
			// The password is base64url (letters, digits, - and _), so it needs no escaping.
			statement.execute("alter role " + SUPERUSER + " with password '" + password + "'");
			writeAccessRules(data);
			statement.execute("select pg_reload_conf()");
			log.info("The embedded database now asks for the password kept in keys/database-password");
		}
		catch (SQLException ex) {
			throw new IOException("Could not set the embedded database's password: " + ex.getMessage(), ex);
		}
	}

	String jdbcUrl() {
		return url(port, DATABASE);
	}

	String username() {
		return SUPERUSER;
	}

	String password() {
		return password;
	}

	/** Whether the pages of this cluster carry checksums (set by initdb, or later by pg_checksums). */
	boolean dataChecksums() throws IOException {
		try (Connection c = connect("postgres"); var statement = c.createStatement();
				var rows = statement.executeQuery("show data_checksums")) {
			rows.next();
			return "on".equals(rows.getString(1));
		}
		catch (SQLException ex) {
			throw new IOException("Could not ask the embedded database about checksums: " + ex.getMessage(), ex);
		}
	}

	/** The folder of the bundled PostgreSQL programs ({@code initdb}, {@code pg_ctl}, {@code postgres}). */
	Path binaries() throws IOException {
		try (Connection c = connect("postgres"); var statement = c.createStatement();
				var rows = statement.executeQuery("select setting from pg_config where name = 'BINDIR'")) {
			rows.next();
			return Path.of(rows.getString(1));
		}
		catch (SQLException ex) {
			throw new IOException("Could not find the embedded database's programs: " + ex.getMessage(), ex);
		}
	}

	private Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(url(port, database), SUPERUSER, password);
	}

	private void createDatabaseIfMissing() throws IOException {
		try (Connection c = connect("postgres");
				var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			if (!exists.executeQuery().next()) {
				try (var create = c.createStatement()) {
					create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
				}
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not prepare the embedded database: " + ex.getMessage(), ex);
		}
	}

	/** The port of a live server already using this data directory, if any. */
	private static Integer runningServerPort(Path data, String password) {
		Path pidFile = data.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return null;
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.size() < 4) {
				return null;
			}
			int port = Integer.parseInt(lines.get(3).strip());
			try (Connection c = DriverManager.getConnection(url(port, "postgres"), SUPERUSER, password)) {
				return port;
			}
		}
		catch (IOException | NumberFormatException | SQLException ex) {
			return null; // stale pid file: PostgreSQL will recover on start
		}
	}

	private static void writeAccessRules(Path data) throws IOException {
		Path rules = data.resolve("pg_hba.conf");
		if (!Files.exists(rules) || !Files.readString(rules, StandardCharsets.UTF_8).equals(ACCESS_RULES)) {
			Files.writeString(rules, ACCESS_RULES, StandardCharsets.UTF_8);
		}
	}

	private static String newPassword(Path secret) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		SecretFiles.writeOwnerOnly(secret, password);
		return password;
	}

	private static String url(int port, String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	private static String executable(String name) {
		return System.getProperty("os.name", "").startsWith("Windows") ? name + ".exe" : name;
	}

	private static void run(List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IOException(String.join(" ", command) + " failed: " + output.strip());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while running " + command.get(0), ex);
		}
	}

	@Override
	public void close() throws IOException {
		if (server != null) {
			server.close();
		}
	}

}
