package org.vigil.publishing.internal.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.vigil.platform.Command;
import org.vigil.platform.Terminal;
import org.vigil.platform.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code java -jar vigil.jar publishing export --to DIR}: the public site as static files, to upload elsewhere. */
@Component
@CommandLine.Command(name = "publishing", description = "The public site: export it as static files.")
class PublishingCommand implements Command {

	private final StaticExport export;

	private final SiteAddress address;

	PublishingCommand(StaticExport export, SiteAddress address) {
		this.export = export;
		this.address = address;
	}

	@CommandLine.Command(name = "export", description = { "Write the whole public site (pages, feeds, index.json) into a folder, ready to upload.",
			"Links between pages are relative; feeds link to --address." })
	int export(@Option(names = "--to", required = true, paramLabel = "DIR", description = "the folder to write (made when missing; must be empty)") Path to,
			@Option(names = "--force", description = "write into a folder that is not empty, replacing the files of the same names") boolean force,
			@Option(names = "--language", paramLabel = "TAG", defaultValue = "en", description = "the language of the pages' own words: en, ko or zh") String language,
			@Option(names = "--address", paramLabel = "URL", description = "where the files will be reachable, e.g. https://example.org/appeals/ (default: vigil.publishing.site.address)") String at)
			throws IOException {
		if (Files.isRegularFile(to)) {
			throw new UsageException(to + " is a file: give a folder to export the public site into.");
		}
		if (!force && Files.isDirectory(to) && !empty(to)) {
			throw new UsageException(to + " is not empty: give an empty or new folder, or add --force to write over the files in it.");
		}
		if (!language.matches("en|ko|zh")) {
			throw new UsageException("--language must be en, ko or zh.");
		}
		String root = at == null || at.isBlank() ? address.root() : at.strip().endsWith("/") ? at.strip() : at.strip() + "/";
		if (!root.startsWith("https://") && !root.startsWith("http://")) {
			throw new UsageException("--address must start with https:// or http://.");
		}
		StaticExport.Written written = export.export(to, Locale.forLanguageTag(language), root);
		Terminal.out().println("Exported " + written.items() + " published item(s) in " + written.files() + " files to " + to.toAbsolutePath()
				+ "; upload the folder's contents as they are.");
		return 0;
	}

	private static boolean empty(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

}
