package org.vigil.backup.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.vigil.platform.UsageException;

/** The one option each backup command takes: {@code --to FILE} / {@code --from FILE}, or with {@code =}. */
final class CommandOptions {

	private CommandOptions() {
	}

	static Path file(List<String> args, String option) {
		Path found = null;
		for (int i = 0; i < args.size(); i++) {
			String word = args.get(i);
			String value = null;
			if (word.startsWith(option + "=")) {
				value = word.substring(option.length() + 1);
			}
			else if (word.equals(option)) {
				if (i + 1 >= args.size()) {
					throw new UsageException(option + " needs a file name.");
				}
				value = args.get(++i);
			}
			else if (!(word.startsWith("--") && word.contains("="))) {
				// --spring.x=y style options configure the context (see Launcher); anything else is a mistake.
				throw new UsageException("Unexpected '" + word + "'.");
			}
			if (value != null) {
				if (found != null) {
					throw new UsageException(option + " given twice.");
				}
				found = path(option, value);
			}
		}
		if (found == null) {
			throw new UsageException(option + " FILE is required.");
		}
		return found;
	}

	private static Path path(String option, String value) {
		if (value.isBlank()) {
			throw new UsageException(option + " needs a file name.");
		}
		try {
			return Path.of(value);
		}
		catch (InvalidPathException ex) {
			throw new UsageException(option + " is not a valid file name.");
		}
	}

}
