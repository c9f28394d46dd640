package org.vigil.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;
import org.vigil.platform.Command;
import org.vigil.platform.OperatorCommands;
import picocli.CommandLine;

/**
 * Runs operator commands as {@code java -jar vigil.jar WORDS…} would parse and run them, but
 * with the command beans of a test's running application, and answers what they printed.
 */
public final class OperatorShell {

	private OperatorShell() {
	}

	/** What a command printed and how it ended. */
	public record Ran(int exit, String out, String err) {

		public String all() {
			return out + err;
		}

	}

	/** Runs the words ({@code "admin", "issue-token", "--username", "x"}) against the context's command beans. */
	public static Ran run(ApplicationContext context, String... words) {
		List<Class<?>> commands = context.getBeansOfType(Command.class).values().stream()
			.<Class<?>>map(bean -> ClassUtils.getUserClass(bean))
			.toList();
		CommandLine.IFactory beans = new CommandLine.IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				return Command.class.isAssignableFrom(type) ? context.getBean(type) : CommandLine.defaultFactory().create(type);
			}
		};
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = OperatorCommands.execute(OperatorCommands.commandLine(commands, beans), words, new PrintWriter(out, true),
				new PrintWriter(err, true));
		return new Ran(exit, out.toString(), err.toString());
	}

}
