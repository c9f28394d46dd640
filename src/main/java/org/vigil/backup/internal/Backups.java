package org.vigil.backup.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;
import org.vigil.backup.internal.ArchiveRestorer.Manifest;
import org.vigil.backup.internal.ArchiveRestorer.Restored;
import org.vigil.backup.internal.ArchiveWriter.EntryKind;
import org.vigil.platform.VigilProperties;

/**
 * Writes and restores archives through whatever data source Vigil uses, embedded or external:
 * a logical dump with {@code COPY} needs neither {@code pg_dump} nor a matching server version.
 */
@Component
class Backups {

	private final DataSource dataSource;

	private final BackupKey key;

	private final Path home;

	Backups(DataSource dataSource, BackupKey key, VigilProperties vigil) {
		this.dataSource = dataSource;
		this.key = key;
		this.home = vigil.home().toAbsolutePath();
	}

	Path filesFolder() {
		return home.resolve("files");
	}

	record Written(int tables, long rows, int files) {
	}

	/**
	 * Writes an archive of the database and the files to {@code target}, which must not exist yet.
	 * The tables are read in one repeatable-read transaction, so the archive is a consistent
	 * snapshot even while the server keeps working.
	 */
	Written backup(Path target) {
		if (Files.exists(target)) {
			throw new BackupRejected(target + " already exists; choose a new file name so that no earlier backup is overwritten.");
		}
		Path partial = target.toAbsolutePath().resolveSibling("." + target.getFileName() + ".partial");
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			c.setReadOnly(true);
			Files.deleteIfExists(partial);
			createOwnerOnly(partial);
			Written written;
			try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
					OutputStream encrypted = EncryptedArchive.encrypting(key.forWriting(), file)) {
				written = writeContents(c, new ArchiveWriter(encrypted));
			}
			c.commit();
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			return written;
		}
		catch (SQLException ex) {
			throw new BackupRejected("Could not read the database: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new BackupRejected("Could not write " + target + ": " + ex.getMessage(), ex);
		}
		finally {
			deleteQuietly(partial);
		}
	}

	private Written writeContents(Connection c, ArchiveWriter archive) throws SQLException, IOException {
		archive.entry(EntryKind.MANIFEST, "manifest", new Manifest(DatabaseSchema.version(c), Instant.now().toString()).attributes())
			.close();
		CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
		long rows = 0;
		Map<String, List<String>> tables = DatabaseSchema.tables(c);
		for (Map.Entry<String, List<String>> table : tables.entrySet()) {
			String columns = table.getValue().stream().map(DatabaseSchema::quote).collect(Collectors.joining(", "));
			try (OutputStream body = archive.entry(EntryKind.TABLE, table.getKey(), table.getValue())) {
				rows += copy.copyOut("COPY " + DatabaseSchema.quote(table.getKey()) + " (" + columns + ") TO STDOUT", body);
			}
		}
		try (OutputStream body = archive.entry(EntryKind.SEQUENCES, "sequences", List.of())) {
			for (String sequence : DatabaseSchema.sequences(c)) {
				try (Statement s = c.createStatement();
						ResultSet rs = s.executeQuery("select last_value, is_called from " + DatabaseSchema.quote(sequence))) {
					rs.next();
					body.write((sequence + "\t" + rs.getLong(1) + "\t" + rs.getBoolean(2) + "\n").getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		List<String> files = HomeFiles.list(filesFolder());
		for (String name : files) {
			try (OutputStream body = archive.entry(EntryKind.FILE, name, List.of());
					InputStream in = Files.newInputStream(filesFolder().resolve(name))) {
				in.transferTo(body);
			}
		}
		archive.finish();
		return new Written(tables.size(), rows, files.size());
	}

	/**
	 * Restores an archive into this Vigil's database and files folder, both of which must be empty.
	 * The rows go in one transaction and the files through a staging folder, so a damaged archive
	 * leaves nothing half-restored behind.
	 */
	Restored restore(Path source) {
		if (!Files.isRegularFile(source)) {
			throw new BackupRejected("There is no archive at " + source);
		}
		Path staging = home.resolve(".files-restoring");
		try (Connection c = dataSource.getConnection();
				InputStream file = new BufferedInputStream(Files.newInputStream(source), 1 << 16)) {
			deleteQuietly(staging);
			c.setAutoCommit(false);
			JdbcRestoreTarget target = new JdbcRestoreTarget(c);
			ArchiveReader reader = new ArchiveReader(EncryptedArchive.decrypting(key.forReading(), file));
			Restored restored = new ArchiveRestorer(target, staging).restore(reader, () -> requireEmpty(c, target));
			c.commit();
			if (Files.isDirectory(staging)) {
				Files.deleteIfExists(filesFolder());
				Files.move(staging, filesFolder());
			}
			return restored;
		}
		catch (SQLException ex) {
			throw new BackupRejected("Could not restore into the database: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new BackupRejected("Could not restore from " + source + ": " + ex.getMessage(), ex);
		}
		finally {
			deleteQuietly(staging);
		}
	}

	private void requireEmpty(Connection c, JdbcRestoreTarget target) {
		try {
			List<String> withData = DatabaseSchema.tablesWithData(c, target.tables().keySet());
			if (!withData.isEmpty()) {
				throw new BackupRejected("The database already holds data (in " + String.join(", ", withData) + "). "
						+ "Restore only into a new Vigil home with an empty database, so that nothing is overwritten.");
			}
			if (!HomeFiles.isEmpty(filesFolder())) {
				throw new BackupRejected(filesFolder() + " already holds files. Restore only into a new, empty Vigil home.");
			}
		}
		catch (SQLException | IOException ex) {
			throw new BackupRejected("Could not check that the database is empty: " + ex.getMessage(), ex);
		}
	}

	private static void createOwnerOnly(Path file) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		else {
			Files.createFile(file);
		}
	}

	private static void deleteQuietly(Path path) {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(path)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			// Best effort: a leftover staging folder or partial file is removed by the next run.
		}
	}

}
