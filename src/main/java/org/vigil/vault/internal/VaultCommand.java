package org.vigil.vault.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.Command;
import org.vigil.platform.Terminal;
import org.vigil.platform.UsageException;
import org.vigil.vault.CaseKeys;
import org.vigil.vault.MasterKeyRotation;
import org.vigil.vault.ShredOutcome;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code java -jar vigil.jar vault …}: the operator's key operations, each one audited.
 */
@Component
@CommandLine.Command(name = "vault", description = "Key operations: rotate the master key, shred a case, legal holds.")
class VaultCommand implements Command {

	private final CaseKeys caseKeys;

	private final MasterKeyRotation rotation;

	private final AuditLog audit;

	VaultCommand(CaseKeys caseKeys, MasterKeyRotation rotation, AuditLog audit) {
		this.caseKeys = caseKeys;
		this.rotation = rotation;
		this.audit = audit;
	}

	@CommandLine.Command(name = "rotate-master-key", description = "Make a new master key primary and re-wrap every data key with it.")
	int rotateMasterKey() {
		MasterKeyRotation.Rotation done = rotation.rotate();
		audit.record(AuditEvent.of(Terminal.operator(), "vault.master-key-rotated", null, null, null));
		Terminal.out().println("New master key " + done.primaryKeyId() + " is primary; re-wrapped " + done.rewrapped() + " data key(s).");
		return 0;
	}

	@CommandLine.Command(name = "shred", description = "Destroy a case's data key: its protected data becomes unreadable for good.")
	int shred(@Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id") UUID caseId) {
		ShredOutcome outcome = caseKeys.shred(caseId);
		boolean refused = outcome == ShredOutcome.REFUSED_LEGAL_HOLD;
		audit.record(AuditEvent.of(Terminal.operator(), "vault.case-shredded", "case", caseId, null)
			.withOutcome(refused ? AuditEvent.DENIED : AuditEvent.SUCCESS));
		(refused ? Terminal.err() : Terminal.out()).println(outcome.message());
		return refused ? 1 : 0;
	}

	@CommandLine.Command(name = "legal-hold", description = "Set (--on) or lift (--off) a legal hold, which blocks shredding.")
	int legalHold(@Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id") UUID caseId,
			@Option(names = "--on", description = "set the hold") boolean on,
			@Option(names = "--off", description = "lift the hold") boolean off) {
		if (on == off) {
			throw new UsageException("Say --on or --off.");
		}
		caseKeys.setLegalHold(caseId, on);
		audit.record(AuditEvent.of(Terminal.operator(), on ? "vault.legal-hold-set" : "vault.legal-hold-lifted", "case", caseId, null));
		Terminal.out().println("Legal hold " + (on ? "set on" : "lifted from") + " case " + caseId + ".");
		return 0;
	}

	@CommandLine.Command(name = "reapply-shreds", description = "After restoring a database backup: destroy again the keys of cases shredded earlier.")
	int reapplyShreds() {
		int count = caseKeys.reapplyShreds();
		audit.record(AuditEvent.of(Terminal.operator(), "vault.shreds-reapplied", null, null, null));
		Terminal.out().println("Destroyed " + count + " data key(s) of cases shredded earlier.");
		return 0;
	}

}
