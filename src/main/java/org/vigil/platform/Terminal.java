package org.vigil.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Where a running {@link Command} prints (what the launcher gave it: the console, or a test's
 * buffers) and how it reads a secret from standard input, so that a password or passphrase never
 * appears in the process list.
 */
public final class Terminal {

	/** Where a command reads its standard input from, one line at a time. */
	@FunctionalInterface
	interface Input {

		/** The next line, or null at the end of the input. */
		String readLine() throws IOException;

	}

	private record Streams(PrintWriter out, PrintWriter err, Input in) {
	}

	private static final ThreadLocal<Streams> CURRENT = new ThreadLocal<>();

	private Terminal() {
	}

	/** Runs {@code command} with {@link #out()} and {@link #err()} writing to the given writers. */
	static <T> T with(PrintWriter out, PrintWriter err, Supplier<T> command) {
		return with(out, err, standardInput(), command);
	}

	/**
	 * The same, reading standard input from {@code in}: a command run by the server for an operator
	 * (see {@link CommandChannel}) reads the operator's.
	 */
	static <T> T with(PrintWriter out, PrintWriter err, Input in, Supplier<T> command) {
		Streams before = CURRENT.get();
		CURRENT.set(new Streams(out, err, in));
		try {
			return command.get();
		}
		finally {
			out.flush();
			err.flush();
			if (before == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(before);
			}
		}
	}

	/** The command's standard output: what it answers (a token, a verdict), alone on its lines. */
	public static PrintWriter out() {
		Streams current = CURRENT.get();
		return current != null ? current.out() : new PrintWriter(System.out, true, StandardCharsets.UTF_8);
	}

	/** The command's standard error: why it failed. */
	public static PrintWriter err() {
		Streams current = CURRENT.get();
		return current != null ? current.err() : new PrintWriter(System.err, true, StandardCharsets.UTF_8);
	}

	/**
	 * The first line of standard input, for a secret given with {@code --password-stdin} or a
	 * passphrase.
	 * @throws UsageException when nothing arrives
	 */
	public static char[] secretFromStandardInput(String what) {
		try {
			Streams current = CURRENT.get();
			String line = (current != null ? current.in() : standardInput()).readLine();
			if (line == null) {
				throw new UsageException("No " + what + " arrived on standard input.");
			}
			return line.toCharArray();
		}
		catch (IOException ex) {
			throw new UsageException("Could not read the " + what + " from standard input: " + ex.getMessage());
		}
	}

	static Input standardInput() {
		return () -> new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
	}

	/** Who runs a command, for the audit log: {@code operator:<account>}. */
	public static String operator() {
		return "operator:" + System.getProperty("user.name", "unknown");
	}

}
