package org.vigil.platform.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server Vigil runs for itself when no external database is configured. Its data
 * lives in {@code <home>/db} and survives restarts. When another Vigil process (the server, while
 * an operator command runs) already serves that directory, this one connects to it instead of
 * starting a second server on the same files.
 */
final class EmbeddedDatabase implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	static final String DATABASE = "vigil";

	private final EmbeddedPostgres server;

	private final int port;

	private EmbeddedDatabase(EmbeddedPostgres server, int port) {
		this.server = server;
		this.port = port;
	}

	static EmbeddedDatabase open(Path dataDirectory) throws IOException {
		Files.createDirectories(dataDirectory.getParent());
		Integer running = runningServerPort(dataDirectory);
		if (running != null) {
			log.info("Using the embedded database already running on port {}", running);
			return new EmbeddedDatabase(null, running);
		}
		EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory.toFile())
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("listen_addresses", "127.0.0.1")
			.start();
		EmbeddedDatabase database = new EmbeddedDatabase(server, server.getPort());
		database.createDatabaseIfMissing();
		log.info("Embedded PostgreSQL serving {} on port {}", dataDirectory, database.port);
		return database;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
	}

	String username() {
		return "postgres";
	}

	private void createDatabaseIfMissing() throws IOException {
		String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
		try (Connection c = DriverManager.getConnection(url, username(), "");
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
	private static Integer runningServerPort(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return null;
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.size() < 4) {
				return null;
			}
			int port = Integer.parseInt(lines.get(3).trim());
			try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "")) {
				return port;
			}
		}
		catch (IOException | NumberFormatException | SQLException ex) {
			return null; // stale pid file: PostgreSQL will recover on start
		}
	}

	@Override
	public void close() throws IOException {
		if (server != null) {
			server.close();
		}
	}

}
