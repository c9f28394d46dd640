package org.vigil.support;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.springframework.context.ApplicationContext;
import org.vigil.platform.OperatorCommands;

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
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = OperatorCommands.execute(OperatorCommands.commandLine(context), words, new PrintWriter(out, true),
				new PrintWriter(err, true));
		return new Ran(exit, out.toString(), err.toString());
	}

}
