package org.vigil.evidence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.vigil.platform.VigilProperties;

/**
 * Where the (already encrypted) content of evidence files lives: {@code <vigil.home>/files/<case
 * id>/<file id>}, the folder that backups archive beside the database. Files are written to a
 * temporary name and moved into place, so that a crash never leaves half a file under a real
 * name, and they are readable by the account running Vigil only. Paths are made from ids alone:
 * nothing a user typed reaches the file system.
 */
@Component
class EvidenceStore {

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private final Path root;

	EvidenceStore(VigilProperties vigil) {
		this.root = vigil.home().toAbsolutePath().resolve("files");
	}

	void write(UUID caseId, UUID fileId, byte[] encrypted) {
		Path folder = root.resolve(caseId.toString());
		Path target = folder.resolve(fileId.toString());
		Path temp = folder.resolve("." + fileId + ".tmp");
		try {
			createOwnerOnly(root);
			createOwnerOnly(folder);
			if (POSIX) {
				Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.write(temp, encrypted, StandardOpenOption.WRITE, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
					StandardOpenOption.SYNC);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException ignored) {
				// the write failed already; that is the failure to report
			}
			throw new UncheckedIOException("Could not store evidence file " + fileId + " of case " + caseId, ex);
		}
	}

	/** The stored bytes; a file missing from the folder (lost, or not restored) is a failure, not "not found". */
	byte[] read(UUID caseId, UUID fileId) {
		Path file = root.resolve(caseId.toString()).resolve(fileId.toString());
		try {
			return Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			throw new UncheckedIOException("The content of evidence file " + fileId + " of case " + caseId + " is missing from "
					+ root + ": was the files folder restored with the database?", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read evidence file " + fileId + " of case " + caseId, ex);
		}
	}

	/** Deletes the case's folder, if any; answers whether there was one. */
	boolean deleteCase(UUID caseId) {
		try {
			return FileSystemUtils.deleteRecursively(root.resolve(caseId.toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the evidence files of case " + caseId, ex);
		}
	}

	Path folderOf(UUID caseId) {
		return root.resolve(caseId.toString());
	}

	private static void createOwnerOnly(Path folder) throws IOException {
		if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		if (POSIX) {
			Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		else {
			Files.createDirectories(folder);
		}
	}

}
