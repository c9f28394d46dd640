package org.vigil.backup;

import org.vigil.support.VigilJar;
import org.vigil.support.VigilJar.Result;

import java.nio.file.Files;
import java.nio.file.Path;

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
		Result created = VigilJar.run(first, "a long operator password\n", "admin", "create-user", "--username", "keeper", "--role",
				"ADMINISTRATOR", "--team", "Asia", "--password-stdin");
		assertThat(created.exit()).as(created.all()).isZero();

		Path archive = offSite.resolve("vigil.backup");
		Result backup = VigilJar.run(first, "", "backup", "--to", archive.toString());
		assertThat(backup.exit()).as(backup.all()).isZero();
		assertThat(backup.out()).contains("Wrote " + archive);
		assertThat(Files.size(archive)).isPositive();

		FileSystemUtils.copyRecursively(first.resolve("keys"), second.resolve("keys"));
		Result restore = VigilJar.run(second, "", "restore", "--from", archive.toString());
		assertThat(restore.exit()).as(restore.all()).isZero();
		assertThat(restore.out()).contains("Audit chain: intact");

		Result users = VigilJar.run(second, "", "admin", "list-users");
		assertThat(users.out()).contains("keeper");
	}

}
