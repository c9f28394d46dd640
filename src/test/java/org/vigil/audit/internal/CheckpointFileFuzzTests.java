package org.vigil.audit.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code audit verify --checkpoint FILE} reads a checkpoint that was kept outside Vigil and may
 * have been tampered with. Any content is either read (and then checked without failing) or
 * refused with an {@link IllegalArgumentException} saying why; nothing else escapes.
 */
class CheckpointFileFuzzTests {

	private static Path folder;

	@BeforeAll
	static void folder() throws Exception {
		folder = Files.createTempDirectory("vigil-fuzz-checkpoint");
	}

	@AfterAll
	static void cleanUp() {
		FileSystemUtils.deleteRecursively(folder.toFile());
	}

	@FuzzTest
	void anyFileIsReadAndCheckedOrRefusedWithAReason(byte[] content) throws Exception {
		Path file = folder.resolve("checkpoint.json");
		Files.write(file, content);
		try {
			CheckpointFile read = CheckpointFile.read(file);
			assertThat(read.checkpoint().entryId()).isNotNegative();
			read.isSelfConsistent();
		}
		catch (IllegalArgumentException refused) {
			assertThat(refused.getMessage()).isNotBlank();
		}
	}

}
