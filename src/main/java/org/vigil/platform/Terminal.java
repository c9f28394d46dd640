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

	private static final ThreadLocal<PrintWriter[]> CURRENT = new ThreadLocal<>();

	private Terminal() {
	}

	/** Runs {@code command} with {@link #out()} and {@link #err()} writing to the given writers. */
	static <T> T with(PrintWriter out, PrintWriter err, Supplier<T> command) {
		PrintWriter[] before = CURRENT.get();
		CURRENT.set(new PrintWriter[] { out, err });
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
		PrintWriter[] current = CURRENT.get();
		return current != null ? current[0] : new PrintWriter(System.out, true, StandardCharsets.UTF_8);
	}

	/** The command's standard error: why it failed. */
	public static PrintWriter err() {
		PrintWriter[] current = CURRENT.get();
		return current != null ? current[1] : new PrintWriter(System.err, true, StandardCharsets.UTF_8);
	}

	/**
	 * The first line of standard input, for a secret given with {@code --password-stdin} or a
	 * passphrase.
	 * @throws UsageException when nothing arrives
	 */
	public static char[] secretFromStandardInput(String what) {
		try {
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			if (line == null) {
				throw new UsageException("No " + what + " arrived on standard input.");
			}
			return line.toCharArray();
		}
		catch (IOException ex) {
			throw new UsageException("Could not read the " + what + " from standard input: " + ex.getMessage());
		}
	}

	/** Who runs a command, for the audit log: {@code operator:<account>}. */
	public static String operator() {
		return "operator:" + System.getProperty("user.name", "unknown");
	}

}
