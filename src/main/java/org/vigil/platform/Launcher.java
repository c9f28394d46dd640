package org.vigil.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Decides from the first word on the command line whether to serve or to run an operator
 * command. Operator commands start the application without its web server and with console
 * logging off, so that what they print (a token, a verdict) stands alone.
 */
public final class Launcher {

	/** Words that start the server rather than a command. */
	private static final Set<String> SERVE = Set.of("serve");

	private Launcher() {
	}

	public static void launch(Class<?> application, String[] args) {
		if (args.length == 0 || args[0].startsWith("-") || SERVE.contains(args[0])) {
			String[] serverArgs = args.length > 0 && SERVE.contains(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args;
			SpringApplication.run(application, serverArgs);
			return;
		}
		System.exit(runCommand(application, args));
	}

	/** Runs an operator command in a context without a web server and returns its exit code. */
	public static int runCommand(Class<?> application, String[] args) {
		String name = args[0];
		List<String> rest = List.of(args).subList(1, args.length);
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setDefaultProperties(Map.of(
				"spring.main.banner-mode", "off",
				"logging.threshold.console", "OFF",
				"vigil.command", name));
		ConfigurableApplicationContext started;
		try {
			started = app.run(optionArgs(rest));
		}
		catch (RuntimeException ex) {
			System.err.println("Vigil could not start to run '" + name + "': " + rootCause(ex).getMessage());
			System.err.println("The log in the Vigil home directory (logs/vigil.log) has the details.");
			return 1;
		}
		try (ConfigurableApplicationContext context = started) {
			Command command = context.getBeansOfType(Command.class).values().stream()
				.filter(c -> c.name().equals(name))
				.findFirst()
				.orElse(null);
			if (command == null) {
				System.err.println("Unknown command '" + name + "'. Commands:");
				context.getBeansOfType(Command.class).values().forEach(c -> System.err.println("  " + c.usage()));
				System.err.println("  serve   (or no arguments) runs the server");
				return 2;
			}
			try {
				return command.run(rest, System.out, System.err);
			}
			catch (UsageException ex) {
				System.err.println(ex.getMessage());
				System.err.println("Usage: " + command.usage());
				return 2;
			}
		}
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	/** Spring-style options ({@code --spring.x=y}, {@code --vigil.home=…}) still configure the context. */
	private static String[] optionArgs(List<String> rest) {
		return rest.stream().filter(a -> a.startsWith("--") && a.contains("=")).toArray(String[]::new);
	}

}
