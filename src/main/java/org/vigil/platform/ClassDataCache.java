package org.vigil.platform;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * Makes operator commands start quickly: the JVM loads the application's twenty thousand classes
 * far faster from plain jars and from a class-data archive (CDS) than from inside the one jar. So the
 * jar is unpacked once (Spring Boot's {@code -Djarmode=tools extract}) into the account's cache,
 * {@code $XDG_CACHE_HOME/vigil} or {@code ~/.cache/vigil}, readable by that account only; the
 * first command run from it records the classes it loaded, and later ones map them. A new jar gets
 * a new copy (the old ones are removed). Anything that fails here only means a slower start.
 */
final class ClassDataCache {

	/** How to start the child, and what to do once it ended. */
	interface Launch {

		List<String> options();

		default void afterRun() {
		}

	}

	private ClassDataCache() {
	}

	static Launch plain(Path jar) {
		return () -> List.of("-jar", jar.toString());
	}

	static Launch prepare(Path jar, Map<String, String> environment) {
		try {
			Path root = cacheRoot(environment);
			Path unpacked = root.resolve(Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(Files.getLastModifiedTime(jar).toMillis()));
			// The unpacked launcher jar keeps the name of the jar it came from (vigil-0.1.0.jar as well as vigil.jar).
			Path launcher = unpacked.resolve(jar.getFileName().toString());
			if (!Files.isRegularFile(launcher)) {
				unpack(jar, root, unpacked);
			}
			Path archive = unpacked.resolve("classes.jsa");
			List<String> run = List.of("-jar", launcher.toString());
			if (Files.isRegularFile(archive)) {
				return () -> Stream.concat(Stream.of("-XX:SharedArchiveFile=" + archive), run.stream()).toList();
			}
			Path recording = unpacked.resolve("classes-" + ProcessHandle.current().pid() + ".jsa");
			return new Launch() {
				@Override
				public List<String> options() {
					// Recording warns of every class it cannot keep (hundreds of lines): the command's answer stands alone.
					return Stream.concat(Stream.of("-XX:ArchiveClassesAtExit=" + recording, "-Xlog:cds*=off:stderr"), run.stream()).toList();
				}

				@Override
				public void afterRun() {
					try {
						if (Files.isRegularFile(recording)) {
							Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE);
						}
					}
					catch (IOException ex) {
						deleteQuietly(recording);
					}
				}
			};
		}
		catch (IOException | RuntimeException ex) {
			return plain(jar);
		}
	}

	private static Path cacheRoot(Map<String, String> environment) throws IOException {
		String xdg = environment.getOrDefault("XDG_CACHE_HOME", "");
		Path cache = xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
		Path root = cache.resolve("vigil");
		if (!Files.isDirectory(root)) {
			Files.createDirectories(root);
		}
		if (root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			// Code that a Vigil command runs must not be writable, or readable, by anyone else.
			Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
		}
		return root;
	}

	/** Unpacks into a folder of its own, then moves it into place, so two commands at once never see half a copy. */
	private static void unpack(Path jar, Path root, Path unpacked) throws IOException {
		Path partial = root.resolve("." + unpacked.getFileName() + "-" + ProcessHandle.current().pid());
		FileSystemUtils.deleteRecursively(partial);
		Process extract = new ProcessBuilder(Relaunch.java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
				partial.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		try {
			if (!extract.waitFor(5, TimeUnit.MINUTES) || extract.exitValue() != 0) {
				throw new IOException("could not unpack " + jar);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while unpacking " + jar, ex);
		}
		try {
			Files.move(partial, unpacked, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException raced) {
			FileSystemUtils.deleteRecursively(partial); // another command unpacked it meanwhile
		}
		try (Stream<Path> copies = Files.list(root)) {
			copies.filter(p -> !p.equals(unpacked) && !p.getFileName().toString().startsWith(".")).forEach(ClassDataCache::deleteQuietly);
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			FileSystemUtils.deleteRecursively(path);
		}
		catch (IOException ignored) {
			// a leftover copy costs disk space, nothing else
		}
	}

}
