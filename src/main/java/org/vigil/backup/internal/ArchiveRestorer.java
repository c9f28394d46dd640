package org.vigil.backup.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigil.backup.internal.ArchiveReader.Entry;
import org.vigil.backup.internal.ArchiveWriter.EntryKind;

/**
 * Checks an archive's entries against what the target has and hands them over: table rows and
 * sequence values to the {@link RestoreTarget}, files into a staging folder. Every name in the
 * archive is treated as hostile: tables and sequences must be ones the target has, columns must
 * match, and file paths must stay inside the staging folder.
 */
class ArchiveRestorer {

	private final RestoreTarget target;

	private final Path filesFolder;

	ArchiveRestorer(RestoreTarget target, Path filesFolder) {
		this.target = target;
		this.filesFolder = filesFolder;
	}

	/** What was restored. */
	record Restored(int tables, long rows, int files) {
	}

	/**
	 * Reads the manifest (which must come first) and checks it; then calls {@code beforeData}, where
	 * the caller checks the target is empty, and restores the rest.
	 */
	Restored restore(ArchiveReader reader, Runnable beforeData) {
		Entry manifest = reader.next();
		if (manifest == null || manifest.kind() != EntryKind.MANIFEST) {
			throw new BackupRejected("The archive is damaged: it does not start with its manifest");
		}
		checkVersion(Manifest.parse(manifest.attributes()));
		beforeData.run();
		Set<String> loaded = new HashSet<>();
		long rows = 0;
		int files = 0;
		for (Entry entry = reader.next(); entry != null; entry = reader.next()) {
			switch (entry.kind()) {
				case TABLE -> {
					rows += loadTable(entry, loaded);
				}
				case SEQUENCES -> setSequences(entry.body());
				case FILE -> {
					writeFile(entry);
					files++;
				}
				default -> throw new BackupRejected("The archive is damaged: a second " + entry.kind().name().toLowerCase() + " entry");
			}
		}
		return new Restored(loaded.size(), rows, files);
	}

	private void checkVersion(Manifest manifest) {
		String ours = target.schemaVersion();
		if (!ours.equals(manifest.schemaVersion())) {
			throw new BackupRejected("The archive was made by a Vigil with database version " + manifest.schemaVersion()
					+ ", this one has version " + ours + ". Restore it with the Vigil release that made it, then upgrade.");
		}
	}

	private long loadTable(Entry entry, Set<String> loaded) {
		List<String> columns = target.tables().get(entry.name());
		if (columns == null) {
			throw new BackupRejected("The archive holds a table this Vigil does not have: " + printable(entry.name()));
		}
		if (!loaded.add(entry.name())) {
			throw new BackupRejected("The archive is damaged: table " + entry.name() + " appears twice");
		}
		if (!Set.copyOf(columns).equals(Set.copyOf(entry.attributes())) || columns.size() != entry.attributes().size()) {
			throw new BackupRejected("The archive's table " + entry.name() + " has columns " + printable(entry.attributes().toString())
					+ ", this Vigil's has " + columns);
		}
		return target.load(entry.name(), entry.attributes(), entry.body());
	}

	/** Lines of {@code name TAB value TAB called}. */
	private void setSequences(InputStream body) {
		try {
			BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String[] parts = line.split("\t", -1);
				if (parts.length != 3 || !target.sequences().contains(parts[0])) {
					throw new BackupRejected("The archive is damaged: an unknown sequence " + printable(parts[0]));
				}
				try {
					target.setSequence(parts[0], Long.parseLong(parts[1]), Boolean.parseBoolean(parts[2]));
				}
				catch (NumberFormatException ex) {
					throw new BackupRejected("The archive is damaged: sequence " + parts[0] + " has no number", ex);
				}
			}
		}
		catch (IOException ex) {
			throw ArchiveReader.unreadable(ex);
		}
	}

	private void writeFile(Entry entry) {
		Path file = HomeFiles.resolveInside(filesFolder, entry.name());
		try {
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				entry.body().transferTo(out);
			}
		}
		catch (java.nio.file.FileAlreadyExistsException ex) {
			throw new BackupRejected("The archive is damaged: file " + printable(entry.name()) + " appears twice", ex);
		}
		catch (IOException ex) {
			throw new BackupRejected("Could not write the restored file " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** A name from the archive, safe to print in a message (no control characters, bounded). */
	static String printable(String name) {
		String cleaned = name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
		return cleaned.length() > 100 ? cleaned.substring(0, 100) + "…" : cleaned;
	}

	/** The archive's description of itself. */
	record Manifest(String schemaVersion, String createdAt) {

		List<String> attributes() {
			return List.of("schema-version=" + schemaVersion, "created-at=" + createdAt);
		}

		static Manifest parse(List<String> attributes) {
			Map<String, String> values = new java.util.HashMap<>();
			for (String attribute : attributes) {
				int eq = attribute.indexOf('=');
				if (eq > 0) {
					values.put(attribute.substring(0, eq), attribute.substring(eq + 1));
				}
			}
			if (!values.containsKey("schema-version")) {
				throw new BackupRejected("The archive is damaged: its manifest has no database version");
			}
			return new Manifest(values.get("schema-version"), values.getOrDefault("created-at", "unknown"));
		}

	}

}
