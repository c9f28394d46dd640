package org.vigil.backup.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.util.FileSystemUtils;
import org.vigil.platform.VigilProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup archive is outside input: it may be damaged, cut short or built by an attacker. Reading
 * one must end in a restore or in a {@link BackupRejected} with a message, never in another
 * exception, and no file may be written outside the folder the restore writes into.
 */
class ArchiveFuzzTests {

	private static Path work;

	private static BackupKey key;

	@BeforeAll
	static void folders() throws Exception {
		work = Files.createTempDirectory("vigil-fuzz-restore");
		key = new BackupKey(new VigilProperties(work.resolve("home"), ""));
		key.forWriting();
	}

	@AfterAll
	static void cleanUp() {
		FileSystemUtils.deleteRecursively(work.toFile());
	}

	/** The plaintext contents, as they are after decryption. */
	@FuzzTest
	void anyContentsAreRestoredOrRefusedAndStayInTheirFolder(byte[] input) throws IOException {
		restoreOrRefuse(() -> new ByteArrayInputStream(input));
	}

	/** A whole archive file, as the operator hands it over: most inputs must fail at the mark or the decryption. */
	@FuzzTest
	void anyFileIsRestoredOrRefused(byte[] input) throws IOException {
		restoreOrRefuse(() -> EncryptedArchive.decrypting(key.forReading(), new ByteArrayInputStream(input)));
	}

	private void restoreOrRefuse(java.util.function.Supplier<InputStream> contents) throws IOException {
		Path root = Files.createTempDirectory(work, "run");
		Path staging = root.resolve("inside").resolve("files");
		try {
			new ArchiveRestorer(new FakeDatabase(), staging).restore(new ArchiveReader(contents.get()), () -> {
			});
		}
		catch (BackupRejected refused) {
			assertThat(refused.getMessage()).isNotBlank();
		}
		try (Stream<Path> written = Files.walk(root)) {
			assertThat(written.filter(Files::isRegularFile)).allSatisfy(file -> assertThat(file).startsWith(staging));
		}
		FileSystemUtils.deleteRecursively(root.toFile());
	}

	/** A database with two tables and a sequence; it reads the rows it is given and keeps nothing. */
	private static final class FakeDatabase implements RestoreTarget {

		@Override
		public String schemaVersion() {
			return "21";
		}

		@Override
		public Map<String, List<String>> tables() {
			return Map.of("teams", List.of("id", "name"), "audit_head", List.of("id", "last_id", "last_hash"));
		}

		@Override
		public Set<String> sequences() {
			return Set.of("revinfo_id_seq");
		}

		@Override
		public long load(String table, List<String> columns, InputStream rows) {
			try {
				return rows.transferTo(java.io.OutputStream.nullOutputStream());
			}
			catch (IOException ex) {
				throw ArchiveReader.unreadable(ex);
			}
		}

		@Override
		public void setSequence(String sequence, long value, boolean called) {
		}

	}

}
