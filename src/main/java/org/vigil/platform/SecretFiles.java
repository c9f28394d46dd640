package org.vigil.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes key files so that only the account running Vigil can read them, and replaces them
 * atomically so that a crash mid-write never leaves a half-written key behind (losing a key
 * file means losing the data it protects).
 */
public final class SecretFiles {

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private SecretFiles() {
	}

	/** Writes {@code content} to {@code file} with permissions {@code rw-------}, creating an owner-only parent folder. */
	public static void writeOwnerOnly(Path file, String content) {
		try {
			Path folder = file.toAbsolutePath().getParent();
			if (!Files.isDirectory(folder)) {
				Files.createDirectories(folder);
				restrict(folder, PosixFilePermissions.fromString("rwx------"));
			}
			Path temp = folder.resolve("." + file.getFileName() + ".tmp");
			Files.deleteIfExists(temp);
			// The temporary file is created owner-only, so the key is never readable by others, not even briefly.
			if (POSIX) {
				Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(temp, content, StandardCharsets.UTF_8, StandardOpenOption.WRITE,
					StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			restrict(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the key file " + file, ex);
		}
	}

	/** Reads a key file written by {@link #writeOwnerOnly}. */
	public static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the key file " + file, ex);
		}
	}

	private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
		if (POSIX) {
			Files.setPosixFilePermissions(path, permissions);
		}
	}

}
