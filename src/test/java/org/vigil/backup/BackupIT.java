package org.vigil.backup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup commands as an operator runs them, on the embedded database: {@code backup} from one
 * Vigil home, {@code restore} into a new one that has only the keys folder, and the restored
 * installation knows its users.
 */
class BackupIT {

	private static final Path JAR = Path.of("target/vigil.jar");

	@TempDir
	Path first;

	@TempDir
	Path second;

	@TempDir
	Path offSite;

	@Test
	void anArchiveFromOneHomeRestoresIntoANewOneBesideItsKeys() throws Exception {
		Result created = run(first, "a long operator password\n", "admin", "create-user", "--username", "keeper", "--role",
				"ADMINISTRATOR", "--team", "Asia", "--password-stdin");
		assertThat(created.exit()).as(created.all()).isZero();

		Path archive = offSite.resolve("vigil.backup");
		Result backup = run(first, "", "backup", "--to", archive.toString());
		assertThat(backup.exit()).as(backup.all()).isZero();
		assertThat(backup.out()).contains("Wrote " + archive);
		assertThat(Files.size(archive)).isPositive();

		FileSystemUtils.copyRecursively(first.resolve("keys"), second.resolve("keys"));
		Result restore = run(second, "", "restore", "--from", archive.toString());
		assertThat(restore.exit()).as(restore.all()).isZero();
		assertThat(restore.out()).contains("Audit chain: intact");

		Result users = run(second, "", "admin", "list-users");
		assertThat(users.out()).contains("keeper");
	}

	private Result run(Path home, String input, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("VIGIL_HOME", home.toString());
		Path out = Files.createTempFile(offSite, "out", ".txt");
		Path err = Files.createTempFile(offSite, "err", ".txt");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
		process.getOutputStream().close();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("'" + String.join(" ", args) + "' did not finish");
		}
		return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	private record Result(int exit, String out, String err) {

		String all() {
			return out + err;
		}

	}

}
