package org.vigil.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database an operator command starts while Spring reads its configuration: the
 * application uses that one, and none is left running when the application never took it.
 */
class EmbeddedDatabaseHeadStartTests {

	@TempDir
	Path home;

	@Test
	void theDatabaseStartedAheadIsTheOneTheApplicationTakes() throws Exception {
		try (EmbeddedDatabaseHeadStart start = EmbeddedDatabaseHeadStart.begin(context(Map.of("vigil.home", home.toString()))).orElseThrow();
				EmbeddedDatabase database = start.take(home.toAbsolutePath()).orElseThrow();
				Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
			assertThat(connection.isValid(5)).isTrue();
			assertThat(start.take(home.toAbsolutePath())).as("taken once").isEmpty();
		}
		assertThat(home.resolve("db").resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void aDatabaseStartedAheadThatTheApplicationNeverTookIsStopped() {
		EmbeddedDatabaseHeadStart start = EmbeddedDatabaseHeadStart.begin(context(Map.of("vigil.home", home.toString()))).orElseThrow();

		start.close();

		assertThat(Files.exists(home.resolve("db").resolve("postgresql.conf"))).isTrue();
		assertThat(home.resolve("db").resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void noDatabaseStartsAheadWhenTheSettingsNameAnother() {
		Optional<EmbeddedDatabaseHeadStart> start = EmbeddedDatabaseHeadStart.begin(context(Map.of("vigil.home", home.toString(),
				"spring.datasource.url", "jdbc:postgresql://db.example.org/vigil")));

		assertThat(start).isEmpty();
		assertThat(home.resolve("db")).doesNotExist();
	}

	private static GenericApplicationContext context(Map<String, Object> settings) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
		GenericApplicationContext context = new GenericApplicationContext();
		context.setEnvironment(environment);
		return context;
	}

}
