package org.vigil.cases.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;
import org.vigil.platform.Command;
import org.vigil.platform.UsageException;

/** {@code java -jar vigil.jar export decrypt --in FILE --out FILE}: opens an export with its passphrase. */
@Component
class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String usage() {
		return "export decrypt --in FILE.vglx --out FILE.json   (passphrase on standard input)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.size() != 5 || !args.get(0).equals("decrypt") || !args.get(1).equals("--in") || !args.get(3).equals("--out")) {
			throw new UsageException("Say which file to decrypt and where to write it.");
		}
		Path in = Path.of(args.get(2));
		Path target = Path.of(args.get(4));
		try {
			String passphrase = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			if (passphrase == null) {
				throw new UsageException("Give the passphrase on standard input.");
			}
			Files.write(target, PassphraseEncryption.decrypt(Files.readAllBytes(in), passphrase.toCharArray()));
			out.println("Decrypted to " + target + ". It holds protected data: keep it encrypted at rest and delete it when done.");
			return 0;
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			err.println("Could not read or write the file: " + ex.getMessage());
			return 1;
		}
	}

}
