package org.vigil.platform;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;

/**
 * Decides from the first word on the command line whether to serve or to run an operator command
 * (see {@link OperatorCommands}): no word, {@code serve}, or a setting such as {@code --demo} or
 * {@code --server.port=8081} runs the server; {@code --help} and any other word go to the commands.
 * A command goes to the server when one serves the same home (see {@link CommandChannel}); else it,
 * like the server, runs in a child JVM with Vigil's memory budget or quick-start options (see {@link Relaunch}).
 */
public final class Launcher {

	private static final List<String> HELP = List.of("-h", "--help");

	private Launcher() {
	}

	public static void launch(Class<?> application, String[] args) {
		boolean serving = serves(args);
		if (!serving) {
			// A running server runs the command at once, with what it has already started.
			java.util.Optional<Integer> served = CommandChannel.forward(args, System.getenv(), System.in, System.out, System.err);
			if (served.isPresent()) {
				System.exit(served.get());
			}
		}
		java.util.Optional<Integer> child = Relaunch.asChild(args,
				serving ? Relaunch.serverOptions(System.getenv()) : Relaunch.commandOptions(System.getenv()), !serving, System.getenv());
		if (child.isPresent()) {
			System.exit(child.get());
		}
		if (serving) {
			String[] serverArgs = args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
			SpringApplication.run(application, serverArgs);
			return;
		}
		System.exit(OperatorCommands.run(application, args));
	}

	static boolean serves(String[] args) {
		if (args.length == 0) {
			return true;
		}
		if (args[0].equals("serve")) {
			return Arrays.stream(args).noneMatch(HELP::contains);
		}
		return args[0].startsWith("-") && !HELP.contains(args[0]);
	}

	/**
	 * Spring-style settings ({@code --vigil.home=DIR}, {@code --spring.datasource.url=URL}) configure
	 * the application, not the command: a dot in the name tells them apart, since no option has one.
	 * (Told apart here, so that a command sent to the server loads nothing of picocli: that took a second.)
	 */
	static boolean isSetting(String word) {
		int equals = word.indexOf('=');
		return word.startsWith("--") && equals > 2 && word.substring(2, equals).contains(".");
	}

}
