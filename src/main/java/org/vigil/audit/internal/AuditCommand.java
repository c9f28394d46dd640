package org.vigil.audit.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;
import org.vigil.audit.AuditVerification;
import org.vigil.audit.AuditVerifier;
import org.vigil.platform.Command;
import org.vigil.platform.UsageException;

/**
 * {@code java -jar vigil.jar audit …}: verify the audit chain, and sign and export checkpoints to
 * keep somewhere the server cannot reach.
 */
@Component
class AuditCommand implements Command {

	private final AuditVerifier verifier;

	AuditCommand(AuditVerifier verifier) {
		this.verifier = verifier;
	}

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public String usage() {
		return """
				audit verify [--checkpoint FILE]
				         audit checkpoint [--export FILE]""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty()) {
			throw new UsageException("Say what to do: verify or checkpoint.");
		}
		Path file = fileOption(args.subList(1, args.size()), args.get(0).equals("verify") ? "--checkpoint" : "--export");
		switch (args.get(0)) {
			case "verify" -> {
				AuditVerification verdict;
				try {
					verdict = file == null ? verifier.verify() : verifier.verify(file);
				}
				catch (IllegalArgumentException | java.io.UncheckedIOException unusable) {
					// The exported checkpoint is missing or damaged: say so, rather than print a stack trace.
					err.println(unusable.getMessage());
					return 1;
				}
				(verdict.intact() ? out : err).println(verdict.summary());
				return verdict.intact() ? 0 : 1;
			}
			case "checkpoint" -> {
				// Never vouch for a chain that is already broken: verify before signing.
				AuditVerification verdict = verifier.verify();
				if (!verdict.intact()) {
					err.println("Not signing a checkpoint: " + verdict.summary());
					return 1;
				}
				long entry = file == null ? verifier.checkpoint() : verifier.exportCheckpoint(file);
				out.println("Signed a checkpoint at entry " + entry + (file == null ? "." : ", exported to " + file + "."));
				return 0;
			}
			default -> throw new UsageException("Unknown audit command '" + args.get(0) + "'.");
		}
	}

	private static Path fileOption(List<String> words, String option) {
		if (words.isEmpty()) {
			return null;
		}
		if (words.size() == 2 && words.get(0).equals(option)) {
			return Path.of(words.get(1));
		}
		if (words.size() == 1 && words.get(0).startsWith(option + "=")) {
			return Path.of(words.get(0).substring(option.length() + 1));
		}
		throw new UsageException("Expected " + option + " FILE, not '" + String.join(" ", words) + "'.");
	}

}
