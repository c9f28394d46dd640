package org.vigil.platform.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.vigil.platform.VigilProperties;

/**
 * Starts the embedded PostgreSQL when {@code spring.datasource.url} (or {@code VIGIL_DATABASE_URL})
 * is blank. With an external database configured, none of this runs and Spring Boot's own data
 * source takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(VigilProperties properties, ObjectProvider<EmbeddedDatabaseHeadStart> headStart,
			Environment environment) throws IOException {
		Path home = properties.home().toAbsolutePath();
		EmbeddedDatabaseHeadStart started = headStart.getIfAvailable();
		Optional<EmbeddedDatabase> early = started == null ? Optional.empty() : started.take(home);
		return early.isPresent() ? early.get() : EmbeddedDatabase.open(home, webPort(environment));
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedDatabase database, Environment environment) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername(database.username());
		dataSource.setPassword(database.password());
		dataSource.setPoolName("vigil-embedded");
		dataSource.setMaximumPoolSize(16);
		if (environment.containsProperty("vigil.command")) {
			// As spring.datasource.hikari.minimum-idle for an external database (CommandContext): connections on demand.
			dataSource.setMinimumIdle(1);
		}
		return dataSource;
	}

	/** The port the web server is told to take (0 or unset: one the system chooses, which nothing can collide with). */
	static int webPort(Environment environment) {
		Integer port = environment.getProperty("server.port", Integer.class);
		return port == null ? 8080 : port;
	}

	static class NoDatabaseConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
