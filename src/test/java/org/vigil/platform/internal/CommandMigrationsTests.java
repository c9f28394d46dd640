package org.vigil.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.vigil.support.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a command asks before it lets Flyway look at the migrations: the database's latest
 * migration, against the newest the jar ships.
 */
class CommandMigrationsTests {

	@Test
	void aNewDatabaseIsBehindTheJarAndAMigratedOneIsNot() {
		Flyway flyway = Flyway.configure()
			.dataSource(TestDatabaseInitializer.createDatabase(), "postgres", "")
			.locations("classpath:db/migration")
			.load();
		var dataSource = flyway.getConfiguration().getDataSource();
		String history = flyway.getConfiguration().getTable();
		assertThat(CommandMigrations.latestApplied(dataSource, history)).isEmpty();

		flyway.migrate();

		assertThat(CommandMigrations.highestShipped(flyway)).isPresent();
		assertThat(CommandMigrations.latestApplied(dataSource, history)).isEqualTo(CommandMigrations.highestShipped(flyway));
	}

	@Test
	void theNewestMigrationIsTheHighestVersionNotTheLastNameInOrder() throws IOException {
		Flyway flyway = Flyway.configure().locations("classpath:db/migration").load();

		// By name, V99 comes after V168; by version, it does not.
		int highest;
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			highest = files.map(file -> file.getFileName().toString())
				.filter(name -> name.matches("V[0-9]+__.*\\.sql"))
				.mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
				.max()
				.orElseThrow();
		}
		assertThat(CommandMigrations.highestShipped(flyway).orElseThrow().getVersion()).isEqualTo(Integer.toString(highest));
	}

}
