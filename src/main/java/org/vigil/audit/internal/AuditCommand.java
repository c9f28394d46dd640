package org.vigil.audit.internal;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.stereotype.Component;
import org.vigil.audit.AuditVerification;
import org.vigil.audit.AuditVerifier;
import org.vigil.platform.Command;
import org.vigil.platform.StartsOnly;
import org.vigil.platform.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code java -jar vigil.jar audit …}: verify the audit chain, and sign and export checkpoints to
 * keep somewhere the server cannot reach.
 */
@Component
@StartsOnly("audit")
@CommandLine.Command(name = "audit", description = "Verify the chained audit log; sign and export checkpoints.")
class AuditCommand implements Command {

	private final AuditVerifier verifier;

	AuditCommand(AuditVerifier verifier) {
		this.verifier = verifier;
	}

	@CommandLine.Command(name = "verify", description = "Check that no entry was edited, removed or reordered (exit code 1 if one was).")
	int verify(@Option(names = "--checkpoint", paramLabel = "FILE",
			description = "also check against a checkpoint exported earlier, to detect entries cut off the end") Path checkpoint) {
		AuditVerification verdict;
		try {
			verdict = checkpoint == null ? verifier.verify() : verifier.verify(checkpoint);
		}
		catch (IllegalArgumentException | UncheckedIOException unusable) {
			// The exported checkpoint is missing or damaged: say so, rather than print a stack trace.
			Terminal.err().println(unusable.getMessage());
			return 1;
		}
		(verdict.intact() ? Terminal.out() : Terminal.err()).println(verdict.summary());
		return verdict.intact() ? 0 : 1;
	}

	@CommandLine.Command(name = "checkpoint", description = "Sign a checkpoint of the chain as it is now (only if it is intact).")
	int checkpoint(@Option(names = "--export", paramLabel = "FILE",
			description = "also write it to this file, to keep where the server cannot write") Path export) {
		// Never vouch for a chain that is already broken: verify before signing.
		AuditVerification verdict = verifier.verify();
		if (!verdict.intact()) {
			Terminal.err().println("Not signing a checkpoint: " + verdict.summary());
			return 1;
		}
		long entry = export == null ? verifier.checkpoint() : verifier.exportCheckpoint(export);
		Terminal.out().println("Signed a checkpoint at entry " + entry + (export == null ? "." : ", exported to " + export + "."));
		return 0;
	}

}
