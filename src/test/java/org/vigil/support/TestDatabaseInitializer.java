package org.vigil.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring context in the test JVM its own fresh PostgreSQL database (and its own Vigil
 * home), all served by one embedded PostgreSQL started once per JVM. Contexts thereby see the
 * application exactly as with an external database. A test that wants the application's own
 * embedded-database start-up sets {@code vigil.test.own-database=true}.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres server;

	private static Path dataDirectory;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var environment = context.getEnvironment();
		Map<String, Object> properties = new HashMap<>();
		try {
			if (environment.getProperty("vigil.home") == null || environment.getProperty("vigil.home").equals("vigil-data")) {
				properties.put("vigil.home", Files.createTempDirectory("vigil-test-home").toString());
			}
			boolean configured = org.springframework.util.StringUtils.hasText(environment.getProperty("spring.datasource.url"));
			if (!configured && !Boolean.parseBoolean(environment.getProperty("vigil.test.own-database", "false"))) {
				properties.put("spring.datasource.url", createDatabase());
				properties.put("spring.datasource.username", "postgres");
				properties.put("spring.datasource.password", "");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		environment.getPropertySources().addFirst(new MapPropertySource("vigil-test-database", properties));
	}

	/** Where the test PostgreSQL keeps its files (tables, WAL), to look for what was written there. */
	public static synchronized Path dataDirectory() {
		return dataDirectory;
	}

	private static synchronized void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Creates a new empty database and answers its JDBC URL. */
	public static synchronized String createDatabase() {
		try {
			if (server == null) {
				dataDirectory = Files.createTempDirectory("vigil-test-pg");
				// Stopped once every Spring context of the JVM has closed, not by a JVM shutdown hook of its own: that
				// hook raced the contexts' closing, whose last queries (Spring Modulith's registry) then waited 30 s
				// for a connection to a stopped server, and Surefire for the test JVM to end.
				server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory.toFile()).setCleanDataDirectory(true)
					.setRegisterShutdownHook(false).start();
				SpringApplication.getShutdownHandlers().add(TestDatabaseInitializer::stop);
			}
			String name = "vigil_test_" + DATABASES.incrementAndGet();
			try (Connection c = server.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
				s.execute("create database " + name + " encoding 'UTF8' template template0");
			}
			return server.getJdbcUrl("postgres", name);
		}
		catch (IOException | SQLException ex) {
			throw new IllegalStateException("Could not start the test database: " + ex.getMessage(), ex);
		}
	}

}
