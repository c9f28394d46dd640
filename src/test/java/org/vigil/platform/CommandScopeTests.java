package org.vigil.platform;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;
import org.vigil.VigilApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command that names its modules ({@link StartsOnly}) starts only them: it still has all it
 * needs, every change it makes is audited, and no listener elsewhere misses an event it publishes.
 */
class CommandScopeTests {

	private static final String PASSWORD = "a long passphrase for the scope";

	@Test
	void aCommandThatNamesItsModulesStartsTheBeansAndEntitiesOfNoOther() {
		Class<?> admin = command("AdminCommand");
		try (CommandContext command = new CommandContext(VigilApplication.class, "admin", List.of())) {
			ConfigurableApplicationContext context = command.started(admin);

			List<String> outside = Arrays.stream(context.getBeanDefinitionNames())
				.map(context.getBeanFactory()::getType)
				.filter(Objects::nonNull)
				.map(type -> ClassUtils.getUserClass(type).getName())
				.filter(name -> isInAModule(name) && !inModule(name, "platform", "accounts", "audit"))
				.toList();
			assertThat(outside).isEmpty();
			// Neither module maps an entity: no persistence unit at all (CommandContextTests).
			assertThat(context.getBeanNamesForType(EntityManagerFactory.class)).isEmpty();
			assertThat(context.getBean(admin)).isNotNull();
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
		}
	}

	@Test
	void everyCommandThatNamesItsModulesFindsWhatItNeedsInThem() {
		for (Class<?> type : OperatorCommands.commandClasses(VigilApplication.class)) {
			if (type.isAnnotationPresent(StartsOnly.class)) {
				try (CommandContext command = new CommandContext(VigilApplication.class, type.getSimpleName(), List.of())) {
					assertThat(command.started(type).getBean(type)).as(type.getSimpleName()).isNotNull();
				}
			}
		}
	}

	@Test
	void aChangeMadeByACommandInItsModulesIsAudited() {
		String name = "scoped-" + System.nanoTime();
		try (CommandContext command = new CommandContext(VigilApplication.class, "admin", List.of())) {
			StringWriter out = new StringWriter();
			StringWriter err = new StringWriter();
			BufferedReader input = new BufferedReader(new StringReader(PASSWORD + "\n"));

			int exit = OperatorCommands.execute(OperatorCommands.commandLine(VigilApplication.class, command),
					new String[] { "admin", "create-user", "--username", name, "--role", "RESEARCHER", "--team", "Scope",
							"--password-stdin" }, new PrintWriter(out, true), new PrintWriter(err, true), input::readLine);

			assertThat(exit).as(err.toString()).isZero();
			JdbcTemplate database = command.started().getBean(JdbcTemplate.class);
			assertThat(database.queryForObject("select count(*) from audit_entries where action = 'user.created' and actor like 'operator:%'",
					Integer.class)).isEqualTo(1);
			assertThat(database.queryForList("select details::text from audit_entries", String.class)).noneMatch(d -> d.contains(PASSWORD));
		}
	}

	/**
	 * An event published inside a scope whose listener is outside it would be lost for that
	 * listener when the command runs: none may exist (listeners as a command has them).
	 */
	@Test
	void noListenerOutsideACommandsModulesWaitsForAnEventPublishedInThem() {
		List<CommandScope> scopes = OperatorCommands.commandClasses(VigilApplication.class).stream()
			.map(type -> CommandScope.of(type, VigilApplication.class))
			.flatMap(java.util.Optional::stream)
			.toList();
		assertThat(scopes).isNotEmpty();
		List<CommandScope> withoutJpa = scopes.stream()
			.filter(scope -> scope.persistence(VigilApplication.class.getClassLoader()) == CommandScope.Persistence.NONE)
			.toList();
		List<String> missed = new ArrayList<>();
		try (CommandContext command = new CommandContext(VigilApplication.class, "events", List.of())) {
			ConfigurableApplicationContext context = command.started();
			for (String bean : context.getBeanDefinitionNames()) {
				Class<?> type = context.getBeanFactory().getType(bean);
				if (type == null || !ClassUtils.getUserClass(type).getName().startsWith("org.vigil.")) {
					continue;
				}
				for (Method method : ClassUtils.getUserClass(type).getDeclaredMethods()) {
					if (!AnnotatedElementUtils.hasAnnotation(method, EventListener.class) || method.getParameterCount() != 1) {
						continue;
					}
					String event = method.getParameterTypes()[0].getName();
					String listener = ClassUtils.getUserClass(type).getName();
					scopes.stream()
						.filter(scope -> scope.includes(event) && event.startsWith("org.vigil.") && !scope.includes(listener))
						.forEach(scope -> missed.add(listener + "." + method.getName() + " outside " + scope.packages()));
					// A scope without entities starts without the event publication registry: its events would not be kept.
					withoutJpa.stream()
						.filter(scope -> event.startsWith("org.vigil.") && scope.includes(listener))
						.forEach(scope -> missed.add(listener + "." + method.getName() + " inside " + scope.packages() + ", which has no JPA"));
				}
			}
		}
		assertThat(missed).isEmpty();
	}

	/** A class of one of the application's modules ({@code org.vigil.cases.…}), not the application's own class. */
	private static boolean isInAModule(String className) {
		return className.startsWith("org.vigil.") && className.indexOf('.', "org.vigil.".length()) > 0;
	}

	private static boolean inModule(String className, String... modules) {
		return Arrays.stream(modules).anyMatch(module -> className.startsWith("org.vigil." + module + "."));
	}

	private static Class<?> command(String simpleName) {
		return OperatorCommands.commandClasses(VigilApplication.class).stream()
			.filter(type -> type.getSimpleName().equals(simpleName))
			.findFirst()
			.orElseThrow();
	}

}
