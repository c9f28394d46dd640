package org.vigil.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.vigil.platform.internal.EmbeddedDatabaseHeadStart;
import picocli.CommandLine;

/**
 * Makes the beans of operator commands: on the first one asked for, it starts the application as
 * a command needs it — no web server, no scheduled work, no listeners re-run, no schema
 * validation, no health, metrics or tracing, none of what only a server does at start (the
 * starting data, the sample case), beans and repositories made only when the command needs them —
 * and stops it when the command is done. The data layer and every listener stay within reach:
 * {@code events resubmit} runs any module's listener in the command's process.
 */
final class CommandContext implements CommandLine.IFactory, AutoCloseable {

	/**
	 * Settings of every command, above all others: the server validates the schema and republishes
	 * events, a command does neither (its work is one use case, and it must not send the server's
	 * email). Schedulers check {@code vigil.command}.
	 */
	private static Map<String, Object> commandSettings(String name, ClassLoader loader, CommandScope.Persistence persistence) {
		return Map.ofEntries(
				Map.entry("vigil.command", name),
				Map.entry("spring.autoconfigure.exclude", unwatched(loader, persistence != CommandScope.Persistence.NONE)),
				// Envers builds its own model of every entity, on a thread of its own: only for modules that keep a history.
				Map.entry("spring.jpa.properties.hibernate.integration.envers.enabled",
						Boolean.toString(persistence == CommandScope.Persistence.ENTITIES_WITH_HISTORY)),
				// The server validates the schema and the migrations' checksums; a command only applies what is missing.
				Map.entry("spring.jpa.hibernate.ddl-auto", "none"),
				Map.entry("spring.flyway.validate-on-migrate", "false"),
				Map.entry("spring.jpa.properties.hibernate.query.startup_check", "false"),
				Map.entry("spring.data.jpa.repositories.bootstrap-mode", "lazy"),
				// Each connection costs a password exchange on both ends: a command opens them as it needs them.
				Map.entry("spring.datasource.hikari.minimum-idle", "1"),
				Map.entry("spring.modulith.events.republish-outstanding-events-on-restart", "false"),
				Map.entry("spring.task.execution.shutdown.await-termination", "true"),
				Map.entry("spring.task.execution.shutdown.await-termination-period", "5m"));
	}

	private static final Pattern UNWATCHED = Pattern.compile(
			"^org\\.springframework\\.boot\\.(micrometer|health|actuate)\\.|\\.(metrics|health|observation)\\.|^org\\.springframework\\.modulith\\.(moments|core)\\.");

	private static final Pattern JPA = Pattern.compile(
			"^org\\.springframework\\.boot\\.(hibernate|data\\.jpa)\\.|^org\\.springframework\\.modulith\\.events\\.");

	/**
	 * The auto-configurations a command leaves out. Always what watches a running server (health,
	 * metrics, tracing, the actuator's endpoints) and Spring Modulith's runtime extras (its clock of
	 * moments, the modules' initialisers): a command of a few seconds has no use for them, and
	 * making their beans cost it a second. Without {@code withJpa}, also JPA (Hibernate, Spring
	 * Data's repositories) and Spring Modulith's event publication registry, which keeps its
	 * publications through JPA: a command whose modules map no entity (see
	 * {@link CommandScope#persistence}) would build a persistence unit for nothing.
	 */
	static String unwatched(ClassLoader loader, boolean withJpa) {
		return ImportCandidates.load(AutoConfiguration.class, loader).getCandidates().stream()
			.filter(type -> UNWATCHED.matcher(type).find() || !withJpa && JPA.matcher(type).find())
			.collect(Collectors.joining(","));
	}

	private final Class<?> application;

	private final String name;

	private final List<String> settings;

	private ConfigurableApplicationContext context;

	private Optional<EmbeddedDatabaseHeadStart> headStart = Optional.empty();

	CommandContext(Class<?> application, String name, List<String> settings) {
		this.application = application;
		this.name = name;
		this.settings = settings;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		if (!Command.class.isAssignableFrom(type) || needsNothing(type)) {
			// A command with nothing to inject (export decrypt) runs without the application.
			return CommandLine.defaultFactory().create(type);
		}
		return started(type).getBean(type);
	}

	private static boolean needsNothing(Class<?> type) {
		return java.util.Arrays.stream(type.getDeclaredConstructors()).allMatch(c -> c.getParameterCount() == 0);
	}

	/** The application, started once: the whole of it, unless {@link #started(Class)} started a command's modules first. */
	ConfigurableApplicationContext started() {
		return started(Optional.empty());
	}

	/** The application as {@code command} needs it: only the modules it names with {@link StartsOnly}, if it does. */
	ConfigurableApplicationContext started(Class<?> command) {
		return started(CommandScope.of(command, application));
	}

	private ConfigurableApplicationContext started(Optional<CommandScope> scope) {
		if (context == null) {
			SpringApplication app = new SpringApplication(application);
			app.setWebApplicationType(WebApplicationType.NONE);
			app.setBannerMode(Banner.Mode.OFF);
			app.setLazyInitialization(true);
			// What a command prints (a token, a verdict) stands alone: the log goes to the file only.
			app.setDefaultProperties(Map.of("logging.threshold.console", "OFF"));
			ClassLoader loader = application.getClassLoader();
			CommandScope.Persistence persistence = scope.map(only -> only.persistence(loader))
				.orElse(CommandScope.Persistence.ENTITIES_WITH_HISTORY);
			app.addInitializers(started -> started.getEnvironment().getPropertySources()
				.addFirst(new MapPropertySource("vigil-command", commandSettings(name, loader, persistence))));
			scope.ifPresent(only -> app.addInitializers(only::applyTo));
			// PostgreSQL starts while Spring reads the configuration, not after.
			app.addInitializers(starting -> headStart = EmbeddedDatabaseHeadStart.begin(starting));
			try {
				context = app.run(settings.toArray(String[]::new));
			}
			catch (RuntimeException ex) {
				throw new StartFailed(name, ex);
			}
		}
		return context;
	}

	@Override
	public void close() {
		if (context != null) {
			context.close();
		}
		headStart.ifPresent(EmbeddedDatabaseHeadStart::close);
	}

	/** The application could not start for the command (no database, a damaged key …). */
	static final class StartFailed extends RuntimeException {

		StartFailed(String name, Throwable cause) {
			super("Vigil could not start to run '" + name + "': " + rootCause(cause).getMessage(), cause);
		}

		private static Throwable rootCause(Throwable ex) {
			Throwable cause = ex;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			return cause;
		}

	}

}
