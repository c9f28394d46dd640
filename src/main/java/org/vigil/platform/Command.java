package org.vigil.platform;

import java.io.PrintStream;
import java.util.List;

/**
 * An operator command run from the shell ({@code java -jar vigil.jar NAME …}) against the same
 * database as the server, without starting the web server. Modules contribute commands as beans.
 */
public interface Command {

	/** The first word on the command line, e.g. {@code admin}. */
	String name();

	/** One line per sub-command, shown when the command is called wrongly. */
	String usage();

	/**
	 * Runs the command.
	 * @param args the words after the command's name
	 * @return the process exit code: 0 for success, 2 for bad usage, 1 for any other failure
	 */
	int run(List<String> args, PrintStream out, PrintStream err);

}
