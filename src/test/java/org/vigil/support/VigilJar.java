package org.vigil.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an operator command of the packaged jar ({@code java -jar target/vigil.jar …}) as an operator would. */
public final class VigilJar {

	public static final Path JAR = Path.of("target/vigil.jar");

	private VigilJar() {
	}

	/** What a command printed and how it ended. */
	public record Result(int exit, String out, String err) {

		public String all() {
			return out + err;
		}

	}

	/** Runs the command with {@code VIGIL_HOME=home}, feeding {@code input} to its standard input. */
	public static Result run(Path home, String input, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("VIGIL_HOME", home.toString());
		Path out = Files.createTempFile("vigil-command", ".out");
		Path err = Files.createTempFile("vigil-command", ".err");
		try {
			Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
			process.getOutputStream().close();
			if (!process.waitFor(180, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("'" + String.join(" ", args) + "' did not finish");
			}
			return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
		}
		finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

}
