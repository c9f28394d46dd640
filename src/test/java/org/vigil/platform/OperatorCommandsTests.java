package org.vigil.platform;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.VigilApplication;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator commands as the jar parses them, without the application: help, usage mistakes
 * and unknown commands are answered before anything starts (the factory that would start the
 * application refuses to be asked here).
 */
class OperatorCommandsTests {

	/** Stands in for the application: asked for a command bean, it fails the test. */
	private static final CommandLine.IFactory NO_APPLICATION = new CommandLine.IFactory() {
		@Override
		public <K> K create(Class<K> type) throws Exception {
			if (Command.class.isAssignableFrom(type)) {
				throw new AssertionError("The application was started for " + type.getSimpleName());
			}
			return CommandLine.defaultFactory().create(type);
		}
	};

	private record Ran(int exit, String out, String err) {
	}

	private static Ran run(String... words) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = OperatorCommands.execute(OperatorCommands.commandLine(VigilApplication.class, NO_APPLICATION), words,
				new PrintWriter(out), new PrintWriter(err));
		return new Ran(exit, out.toString(), err.toString());
	}

	@Test
	void helpListsEveryCommand() {
		Ran help = run("--help");
		assertThat(help.exit()).isZero();
		assertThat(help.out()).contains("serve", "admin", "audit", "backup", "restore", "vault", "export", "events");
	}

	@Test
	void everyCommandAndSubCommandAnswersHelp() {
		CommandLine root = OperatorCommands.commandLine(VigilApplication.class, NO_APPLICATION);
		List<List<String>> paths = new ArrayList<>();
		collect(root, new ArrayList<>(), paths);
		assertThat(paths).hasSizeGreaterThan(15);
		for (List<String> path : paths) {
			List<String> words = new ArrayList<>(path);
			words.add("--help");
			Ran help = run(words.toArray(String[]::new));
			assertThat(help.exit()).as(String.join(" ", words)).isZero();
			assertThat(help.out()).as(String.join(" ", words)).startsWith("Usage: java -jar vigil.jar " + String.join(" ", path));
		}
	}

	@Test
	void aCommandsNameSelectsItsClassAloneAndAnythingElseSelectsEvery() {
		List<Class<?>> every = OperatorCommands.commandClasses(VigilApplication.class);

		assertThat(OperatorCommands.named(every, "admin")).extracting(Class::getSimpleName).containsExactly("AdminCommand");
		assertThat(OperatorCommands.named(every, "restore")).extracting(Class::getSimpleName).containsExactly("RestoreCommand");
		assertThat(OperatorCommands.named(every, "--help")).isEqualTo(every);
		assertThat(OperatorCommands.named(every, "no-such-command")).isEqualTo(every);
	}

	@Test
	void anUnknownOptionAnswersAUsageMessageAndExitCode2() {
		Ran wrong = run("admin", "issue-token", "--username", "amina", "--colour", "red");
		assertThat(wrong.exit()).isEqualTo(2);
		assertThat(wrong.err()).contains("Unknown options: '--colour', 'red'").contains("Usage: java -jar vigil.jar admin issue-token");
		assertThat(wrong.out()).isEmpty();
	}

	@Test
	void aMissingOptionAnswersAUsageMessageAndExitCode2() {
		Ran missing = run("backup");
		assertThat(missing.exit()).isEqualTo(2);
		assertThat(missing.err()).contains("Missing required option: '--to=FILE'").contains("Usage: java -jar vigil.jar backup");
	}

	@Test
	void anOptionValueOfTheWrongKindAnswersExitCode2() {
		Ran notAnId = run("vault", "shred", "--case", "CN-3-2026");
		assertThat(notAnId.exit()).isEqualTo(2);
		assertThat(notAnId.err()).contains("--case").contains("CN-3-2026");
		Ran unknownRole = run("admin", "create-user", "--username", "x", "--role", "KING", "--team", "Asia", "--password-stdin");
		assertThat(unknownRole.exit()).isEqualTo(2);
		assertThat(unknownRole.err()).contains("KING").contains("ADMINISTRATOR");
	}

	@Test
	void anUnknownCommandAnswersExitCode2AndTheNearestOne() {
		Ran unknown = run("admn", "list-users");
		assertThat(unknown.exit()).isEqualTo(2);
		assertThat(unknown.err()).contains("Unmatched arguments from index 0: 'admn'").contains("Did you mean: java -jar vigil.jar admin?");
	}

	@Test
	void aGroupWithoutItsSubCommandSaysWhichOnesThereAre() {
		Ran bare = run("admin");
		assertThat(bare.exit()).isEqualTo(2);
		assertThat(bare.err()).contains("Missing required subcommand").contains("issue-token");
	}

	@Test
	void settingsForTheApplicationAreToldApartFromOptions() {
		assertThat(Launcher.isSetting("--vigil.home=/srv/vigil")).isTrue();
		assertThat(Launcher.isSetting("--spring.datasource.url=jdbc:postgresql://db/vigil")).isTrue();
		assertThat(Launcher.isSetting("--to=/mnt/offsite/vigil.backup")).isFalse();
		assertThat(Launcher.isSetting("--older-than")).isFalse();
	}

	@Test
	void theServerRunsWithNoCommandServeOrASetting() {
		assertThat(Launcher.serves(new String[0])).isTrue();
		assertThat(Launcher.serves(new String[] { "--demo" })).isTrue();
		assertThat(Launcher.serves(new String[] { "serve", "--server.port=8081" })).isTrue();
		assertThat(Launcher.serves(new String[] { "--help" })).isFalse();
		assertThat(Launcher.serves(new String[] { "serve", "--help" })).isFalse();
		assertThat(Launcher.serves(new String[] { "admin", "list-users" })).isFalse();
	}

	private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
		for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
			List<String> next = new ArrayList<>(path);
			next.add(sub.getKey());
			paths.add(next);
			collect(sub.getValue(), next, paths);
		}
	}

}
