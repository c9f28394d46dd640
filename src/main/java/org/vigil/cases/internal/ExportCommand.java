package org.vigil.cases.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;
import org.vigil.platform.Command;
import org.vigil.platform.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code java -jar vigil.jar export decrypt --in FILE --out FILE}: opens an export with its passphrase. */
@Component
@CommandLine.Command(name = "export", description = "Open a bulk export downloaded from Vigil.")
class ExportCommand implements Command {

	@CommandLine.Command(name = "decrypt", description = "Decrypt an export with its passphrase, read from standard input.")
	int decrypt(@Option(names = "--in", required = true, paramLabel = "FILE.vglx", description = "the downloaded export") Path in,
			@Option(names = "--out", required = true, paramLabel = "FILE.json", description = "where to write it in the clear") Path target) {
		try {
			char[] passphrase = Terminal.secretFromStandardInput("passphrase");
			Files.write(target, PassphraseEncryption.decrypt(Files.readAllBytes(in), passphrase));
			Terminal.out().println("Decrypted to " + target + ". It holds protected data: keep it encrypted at rest and delete it when done.");
			return 0;
		}
		catch (IllegalArgumentException ex) {
			Terminal.err().println(ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			Terminal.err().println("Could not read or write the file: " + ex.getMessage());
			return 1;
		}
	}

}
