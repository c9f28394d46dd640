package org.vigil.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL exactly as the product starts it in a new Vigil home (the tests' own
 * server, in {@code TestDatabaseInitializer}, keeps the fast settings): every acknowledged write
 * reaches the disk, pages carry checksums, and only the holder of the generated password gets in.
 */
class EmbeddedDatabaseTests {

	@TempDir
	static Path home;

	private static EmbeddedDatabase database;

	@BeforeAll
	static void startAsTheProductDoes() throws Exception {
		database = EmbeddedDatabase.open(home);
	}

	@AfterAll
	static void stop() throws Exception {
		database.close();
	}

	@Test
	void writesAreFlushedToDiskBeforeTheyAreAcknowledged() throws Exception {
		assertThat(setting("fsync")).isEqualTo("on");
		assertThat(setting("synchronous_commit")).isEqualTo("on");
		assertThat(setting("full_page_writes")).isEqualTo("on");
	}

	@Test
	void aNewHomeHasDataChecksums() throws Exception {
		assertThat(setting("data_checksums")).isEqualTo("on");
	}

	@Test
	void aConnectionWithoutThePasswordIsRefused() {
		assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "").close())
			.isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), new Properties()).close())
			.isInstanceOf(SQLException.class);
	}

	@Test
	void aConnectionWithAWrongPasswordIsRefused() {
		assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password() + "x").close())
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("password authentication failed");
	}

	@Test
	void thePasswordIsKeptWithTheKeysReadableByVigilsAccountOnly() throws Exception {
		Path secret = EmbeddedDatabase.passwordFile(home);
		assertThat(Files.readString(secret)).isEqualTo(database.password());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
	}

	@Test
	void itListensOnLoopbackTcpOnlyWithoutAUnixSocket() throws Exception {
		assertThat(setting("listen_addresses")).isEqualTo("127.0.0.1");
		assertThat(setting("unix_socket_directories")).isEmpty();
	}

	@Test
	void aSecondProcessOnTheSameHomeJoinsTheRunningServer() throws Exception {
		try (EmbeddedDatabase joined = EmbeddedDatabase.open(home)) {
			assertThat(joined.jdbcUrl()).isEqualTo(database.jdbcUrl());
			try (Connection c = DriverManager.getConnection(joined.jdbcUrl(), joined.username(), joined.password())) {
				assertThat(c.isValid(5)).isTrue();
			}
		}
		assertThat(setting("fsync")).as("closing the joined one leaves the server running").isEqualTo("on");
	}

	@Test
	void aHomeFromBeforePasswordsKeepsItsDataAndStopsTrustingEveryone(@TempDir Path older) throws Exception {
		// What earlier versions made: the library's defaults, "trust" for every local connection.
		try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(older.resolve("db")).setCleanDataDirectory(false).start();
				Connection c = legacy.getPostgresDatabase().getConnection(); var statement = c.createStatement()) {
			statement.execute("create database vigil");
		}
		try (EmbeddedDatabase converted = EmbeddedDatabase.open(older)) {
			assertThatThrownBy(() -> DriverManager.getConnection(converted.jdbcUrl(), "postgres", "").close())
				.isInstanceOf(SQLException.class);
			try (Connection c = DriverManager.getConnection(converted.jdbcUrl(), converted.username(), converted.password())) {
				assertThat(c.getCatalog()).isEqualTo("vigil");
			}
		}
	}

	private static String setting(String name) throws SQLException {
		try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
				var statement = c.createStatement(); var rows = statement.executeQuery("show " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
