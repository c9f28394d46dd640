package org.vigil.bench.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * The bench user's password, API token and second-factor key (once enrolled), kept beside the dataset in
 * {@code <VIGIL_HOME>/bench/credentials.properties} (readable by the owner only), so that
 * {@code bench run} can sign in without them appearing on a command line.
 */
record BenchCredentials(String username, String password, String token, String totpKey) {

	BenchCredentials withTotpKey(String key) {
		return new BenchCredentials(username, password, token, key);
	}

	static Path file(Path home) {
		return home.toAbsolutePath().resolve("bench").resolve("credentials.properties");
	}

	static Optional<BenchCredentials> load(Path home) {
		Path file = file(home);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Optional.of(new BenchCredentials(properties.getProperty("username"), properties.getProperty("password"),
				properties.getProperty("token"), properties.getProperty("totpKey")));
	}

	void save(Path home) {
		Path file = file(home);
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
			Files.createFile(file);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system (Windows): the home directory's own permissions apply
			}
			Properties properties = new Properties();
			properties.setProperty("username", username);
			properties.setProperty("password", password);
			properties.setProperty("token", token);
			if (totpKey != null) {
				properties.setProperty("totpKey", totpKey);
			}
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				properties.store(writer, "Bench user of this Vigil home; made by 'bench generate'");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
