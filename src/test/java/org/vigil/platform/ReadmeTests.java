package org.vigil.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.VigilApplication;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's operator section says what the jar says: its help, word for word, and every sub-command. */
class ReadmeTests {

	private static final String HELP_MARK = "<!-- The block below is what `java -jar target/vigil.jar --help` prints; ReadmeTests checks it. -->";

	@Test
	void theOperatorSectionShowsWhatHelpPrints() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		int mark = readme.indexOf(HELP_MARK);
		assertThat(mark).as("the README marks the help block").isPositive();
		int start = readme.indexOf("```text\n", mark) + "```text\n".length();
		String shown = readme.substring(start, readme.indexOf("```", start));
		assertThat(shown).isEqualTo(productCommandLine().getUsageMessage());
	}

	@Test
	void theOperatorSectionNamesEverySubCommand() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		String section = readme.substring(readme.indexOf("## Operator commands"), readme.indexOf("## Backups"));
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, CommandLine> command : productCommandLine().getSubcommands().entrySet()) {
			for (String sub : command.getValue().getSubcommands().keySet()) {
				if (!section.contains(command.getKey() + " " + sub) && !section.contains("| " + sub)) {
					missing.add(command.getKey() + " " + sub);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/** The commands of target/classes only: the benchmark harness, compiled with the tests, is not in the jar. */
	private static CommandLine productCommandLine() {
		List<Class<?>> product = OperatorCommands.commandClasses(VigilApplication.class).stream()
			.filter(type -> !type.getProtectionDomain().getCodeSource().getLocation().toString().contains("test-classes"))
			.toList();
		return OperatorCommands.commandLine(product, CommandLine.defaultFactory());
	}

}
