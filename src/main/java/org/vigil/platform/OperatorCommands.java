package org.vigil.platform;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The operator commands on one command line: {@code java -jar vigil.jar --help} lists them, every
 * command and sub-command answers {@code --help}, and an unknown or missing option answers a usage
 * message and exit code 2 — all without starting the application, which starts (through
 * {@link CommandContext}) only once a command is about to run.
 */
public final class OperatorCommands {

	/** Exit code of a mistake of usage, as picocli answers it. */
	public static final int USAGE = CommandLine.ExitCode.USAGE;

	private OperatorCommands() {
	}

	/** The command line as the jar offers it: {@code serve} and every command found under {@code application}'s package. */
	public static CommandLine commandLine(Class<?> application, CommandLine.IFactory factory) {
		return commandLine(commandClasses(application), factory);
	}

	/** The command line of a running application: its command beans, as they are. */
	public static CommandLine commandLine(ApplicationContext context) {
		List<Class<?>> commands = context.getBeansOfType(Command.class).values().stream()
			.<Class<?>>map(ClassUtils::getUserClass)
			.toList();
		return commandLine(commands, new CommandLine.IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				return Command.class.isAssignableFrom(type) ? context.getBean(type) : CommandLine.defaultFactory().create(type);
			}
		});
	}

	/** The command line of the given commands, their beans made by {@code factory} when one runs. */
	public static CommandLine commandLine(Collection<Class<?>> commands, CommandLine.IFactory factory) {
		CommandLine root = new CommandLine(new Vigil(), factory);
		root.addSubcommand(new CommandLine(new Serve(), factory));
		List<CommandLine> contributed = new ArrayList<>();
		for (Class<?> type : commands) {
			CommandLine.Command group = type.getAnnotation(CommandLine.Command.class);
			List<CommandLine> methods = CommandLine.getCommandMethods(type, null).stream()
				.map(method -> new CommandLine(method, factory))
				.sorted(Comparator.comparing(CommandLine::getCommandName))
				.toList();
			if (group == null) {
				contributed.addAll(methods);
			}
			else {
				contributed.add(group(group, methods, factory));
			}
		}
		contributed.sort(Comparator.comparing(CommandLine::getCommandName));
		contributed.forEach(root::addSubcommand);
		withHelp(root);
		root.setCaseInsensitiveEnumValuesAllowed(true);
		root.setExecutionStrategy(parsed -> run(parsed, factory));
		root.setExecutionExceptionHandler(OperatorCommands::failed);
		return root;
	}

	/**
	 * A group's name and description from its class, its sub-commands from its methods. Picocli
	 * would make the group's object (the bean, so the application) as soon as the group is named on
	 * the command line; this one has none, and {@link #run} asks the factory for the bean only when
	 * a sub-command runs.
	 */
	private static CommandLine group(CommandLine.Command annotation, List<CommandLine> methods, CommandLine.IFactory factory) {
		CommandSpec spec = CommandSpec.create().name(annotation.name());
		spec.usageMessage().description(annotation.description());
		CommandLine group = new CommandLine(spec, factory);
		methods.forEach(group::addSubcommand);
		return group;
	}

	/** Runs the command named last: a method of a command bean, with the parsed options as its arguments. */
	private static int run(CommandLine.ParseResult parsed, CommandLine.IFactory factory) {
		Integer help = CommandLine.executeHelpRequest(parsed);
		if (help != null) {
			return help;
		}
		CommandLine.ParseResult last = parsed;
		while (last.hasSubcommand()) {
			last = last.subcommand();
		}
		CommandLine command = last.commandSpec().commandLine();
		if (!(last.commandSpec().userObject() instanceof Method method)) {
			throw new CommandLine.ParameterException(command, command.getSubcommands().isEmpty() ? "Run the server without a command."
					: "Missing required subcommand: one of " + String.join(", ", command.getSubcommands().keySet()) + ".");
		}
		try {
			Object bean = factory.create(method.getDeclaringClass());
			method.setAccessible(true);
			Object exit = method.invoke(bean, arguments(method, last.commandSpec()));
			return exit instanceof Integer code ? code : 0;
		}
		catch (InvocationTargetException ex) {
			throw new CommandLine.ExecutionException(command, ex.getCause().getMessage(), ex.getCause());
		}
		catch (Exception ex) {
			throw new CommandLine.ExecutionException(command, String.valueOf(ex.getMessage()), ex);
		}
	}

	/** Runs the command line with {@link Terminal} printing to the given writers; answers the exit code. */
	public static int execute(CommandLine commandLine, String[] args, PrintWriter out, PrintWriter err) {
		return execute(commandLine, args, out, err, Terminal.standardInput());
	}

	/** The same, standard input read from {@code in}. */
	static int execute(CommandLine commandLine, String[] args, PrintWriter out, PrintWriter err, Terminal.Input in) {
		commandLine.setOut(out);
		commandLine.setErr(err);
		return Terminal.with(out, err, in, () -> commandLine.execute(args));
	}

	/** What {@code java -jar vigil.jar COMMAND …} does: parse, start the application if needed, run, stop. */
	static int run(Class<?> application, String[] args) {
		List<String> settings = Arrays.stream(args).filter(Launcher::isSetting).toList();
		String[] words = Arrays.stream(args).filter(a -> !Launcher.isSetting(a)).toArray(String[]::new);
		String name = words.length > 0 ? words[0] : "";
		try (CommandContext context = new CommandContext(application, name, settings)) {
			return execute(commandLine(named(commandClasses(application), name), context), words,
					new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8));
		}
	}

	/**
	 * The command classes that answer to {@code name}, or all of them when none does (--help, a
	 * mistake): picocli then reads the options of one command, not of every one.
	 */
	static List<Class<?>> named(List<Class<?>> commands, String name) {
		List<Class<?>> named = commands.stream().filter(type -> names(type).contains(name)).toList();
		return named.isEmpty() ? commands : named;
	}

	private static List<String> names(Class<?> type) {
		CommandLine.Command group = type.getAnnotation(CommandLine.Command.class);
		if (group != null) {
			return List.of(group.name());
		}
		return Arrays.stream(type.getDeclaredMethods())
			.map(method -> method.getAnnotation(CommandLine.Command.class))
			.filter(java.util.Objects::nonNull)
			.map(CommandLine.Command::name)
			.toList();
	}

	/**
	 * The command classes under the application's package, found on the class path. Only classes
	 * named {@code …Command} are read: reading every class of the application took a third of a second.
	 */
	static List<Class<?>> commandClasses(Class<?> application) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.setResourcePattern("**/*Command.class");
		scanner.addIncludeFilter(new AssignableTypeFilter(Command.class));
		List<Class<?>> found = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(application.getPackageName())) {
			found.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), application.getClassLoader()));
		}
		return found;
	}

	/**
	 * The parsed values of a method command's parameters: picocli makes one option or parameter
	 * per method parameter, in their order, before any added later (such as --help).
	 */
	private static Object[] arguments(Method method, CommandSpec spec) {
		Object[] values = new Object[method.getParameterCount()];
		for (int i = 0; i < values.length; i++) {
			values[i] = spec.args().get(i).getValue();
		}
		return values;
	}

	/** Every command and sub-command answers -h and --help, whether or not its author thought of it. */
	private static void withHelp(CommandLine command) {
		if (command.getCommandSpec().findOption("--help") == null) {
			command.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
				.description("Show this help and exit.").build());
		}
		command.getSubcommands().values().forEach(OperatorCommands::withHelp);
	}

	private static int failed(Exception ex, CommandLine command, CommandLine.ParseResult parsed) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof UsageException usage) {
				command.getErr().println(usage.getMessage());
				command.usage(command.getErr());
				return USAGE;
			}
			if (cause instanceof CommandContext.StartFailed start) {
				command.getErr().println(start.getMessage());
				command.getErr().println("The log in the Vigil home directory (logs/vigil.log) has the details.");
				return CommandLine.ExitCode.SOFTWARE;
			}
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		command.getErr().println("'" + command.getCommandName() + "' failed: " + root.getMessage());
		return CommandLine.ExitCode.SOFTWARE;
	}

	@CommandLine.Command(name = "java -jar vigil.jar", synopsisSubcommandLabel = "[COMMAND]",
			description = { "Vigil keeps watch over people at risk and helps a human-rights organisation act in time.",
					"With no command (or 'serve') it runs the server. Each command below works on the same database,"
							+ " beside a running server or without one; 'COMMAND --help' says more." },
			footer = { "", "Settings such as --vigil.home=DIR or --spring.datasource.url=URL may follow any command;"
					+ " the README's Configuration section lists them." })
	static final class Vigil {

	}

	/** Only for the listing and {@code serve --help}: the launcher starts the server itself (see {@link Launcher}). */
	@CommandLine.Command(name = "serve", description = "Run the server (also with no command at all): the pages and the API.")
	static final class Serve {

		@CommandLine.Option(names = "--demo", description = "Record the sample case (once) for a first look.")
		boolean demo;

		@CommandLine.Parameters(paramLabel = "--name=value", arity = "0..*",
				description = "Settings, e.g. --server.port=8081 (README, Configuration).")
		List<String> settings;

	}

}
