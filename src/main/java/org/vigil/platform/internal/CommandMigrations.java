package org.vigil.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * An operator command migrates the database only when it is behind the jar: one query of
 * Flyway's history against the highest version among the jar's migration file names, instead of
 * Flyway reading every migration. The server still migrates and validates at every start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("vigil.command")
class CommandMigrations {

	private static final Pattern VERSIONED = Pattern.compile("^V([0-9._]+)__.*\\.sql$");

	@Bean
	FlywayMigrationStrategy migrateOnlyWhenBehind() {
		return flyway -> {
			Optional<MigrationVersion> shipped = highestShipped(flyway);
			Optional<MigrationVersion> applied = latestApplied(flyway.getConfiguration().getDataSource(),
					flyway.getConfiguration().getTable());
			if (shipped.isEmpty() || applied.isEmpty() || applied.get().compareTo(shipped.get()) < 0) {
				flyway.migrate();
			}
		};
	}

	/** The highest version among the names of the versioned migrations in Flyway's class-path locations. */
	static Optional<MigrationVersion> highestShipped(Flyway flyway) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(flyway.getConfiguration().getClassLoader());
		List<MigrationVersion> versions = new ArrayList<>();
		for (Location location : flyway.getConfiguration().getLocations()) {
			if (!location.isClassPath()) {
				return Optional.empty(); // migrations on the file system: let Flyway look
			}
			try {
				for (Resource file : resolver.getResources("classpath*:" + location.getRootPath() + "/V*__*.sql")) {
					Matcher name = VERSIONED.matcher(String.valueOf(file.getFilename()));
					if (name.matches()) {
						versions.add(MigrationVersion.fromVersion(name.group(1).replace('_', '.')));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return versions.stream().max(Comparator.naturalOrder());
	}

	/** The version of the latest successful migration recorded in Flyway's history; empty without a history. */
	static Optional<MigrationVersion> latestApplied(DataSource dataSource, String table) {
		String query = "select version from \"" + table.replace("\"", "") + "\" where success and version is not null"
				+ " order by installed_rank desc limit 1";
		try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
				var rows = statement.executeQuery(query)) {
			return rows.next() ? Optional.of(MigrationVersion.fromVersion(rows.getString(1))) : Optional.empty();
		}
		catch (SQLException ex) {
			return Optional.empty(); // no history yet (a new database): Flyway creates it
		}
	}

}
