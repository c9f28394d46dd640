package org.vigil.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files Vigil keeps under {@code <vigil.home>/files} (evidence and attachments, themselves
 * encrypted by the vault), as they go into and come out of an archive.
 */
final class HomeFiles {

	/** A path segment of a restored file: no separators, drive letters or control characters. */
	private static final Pattern SEGMENT = Pattern.compile("[^/\\\\:\\p{Cntrl}]+");

	private HomeFiles() {
	}

	/** Regular files under {@code folder}, by path relative to it with {@code /} separators; symbolic links are not followed. */
	static List<String> list(Path folder) throws IOException {
		if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
				.map(p -> folder.relativize(p).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
	}

	static boolean isEmpty(Path folder) throws IOException {
		if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			return true;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	/**
	 * Where an archive's file entry goes under {@code root}; refuses absolute paths, {@code ..},
	 * empty segments and anything else that could land outside {@code root} (a "zip slip").
	 */
	static Path resolveInside(Path root, String name) {
		String[] segments = name.split("/", -1);
		if (name.isEmpty() || segments.length > 64) {
			throw hostile(name);
		}
		for (String segment : segments) {
			if (segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()) {
				throw hostile(name);
			}
		}
		Path base = root.toAbsolutePath().normalize();
		Path file;
		try {
			file = base.resolve(name).normalize();
		}
		catch (java.nio.file.InvalidPathException ex) {
			throw hostile(name);
		}
		if (!file.startsWith(base) || file.equals(base)) {
			throw hostile(name);
		}
		return file;
	}

	private static BackupRejected hostile(String name) {
		return new BackupRejected("The archive holds a file with a path that is not allowed: " + ArchiveRestorer.printable(name));
	}

}
