package org.vigil.vault.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.Command;
import org.vigil.platform.UsageException;
import org.vigil.vault.CaseKeys;
import org.vigil.vault.MasterKeyRotation;
import org.vigil.vault.ShredOutcome;

/**
 * {@code java -jar vigil.jar vault …}: the operator's key operations, each one audited.
 */
@Component
class VaultCommand implements Command {

	private final CaseKeys caseKeys;

	private final MasterKeyRotation rotation;

	private final AuditLog audit;

	VaultCommand(CaseKeys caseKeys, MasterKeyRotation rotation, AuditLog audit) {
		this.caseKeys = caseKeys;
		this.rotation = rotation;
		this.audit = audit;
	}

	@Override
	public String name() {
		return "vault";
	}

	@Override
	public String usage() {
		return """
				vault rotate-master-key
				         vault shred --case ID
				         vault legal-hold --case ID --on|--off
				         vault reapply-shreds   (after restoring a database backup)""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty()) {
			throw new UsageException("Say what to do: rotate-master-key, shred, legal-hold or reapply-shreds.");
		}
		String actor = "operator:" + System.getProperty("user.name", "unknown");
		switch (args.get(0)) {
			case "rotate-master-key" -> {
				MasterKeyRotation.Rotation done = rotation.rotate();
				audit.record(AuditEvent.of(actor, "vault.master-key-rotated", null, null, null));
				out.println("New master key " + done.primaryKeyId() + " is primary; re-wrapped " + done.rewrapped() + " data key(s).");
				return 0;
			}
			case "shred" -> {
				UUID caseId = caseId(args);
				ShredOutcome outcome = caseKeys.shred(caseId);
				boolean refused = outcome == ShredOutcome.REFUSED_LEGAL_HOLD;
				audit.record(AuditEvent.of(actor, "vault.case-shredded", "case", caseId, null)
					.withOutcome(refused ? AuditEvent.DENIED : AuditEvent.SUCCESS));
				(refused ? err : out).println(outcome.message());
				return refused ? 1 : 0;
			}
			case "legal-hold" -> {
				UUID caseId = caseId(args);
				boolean hold = onOrOff(args);
				caseKeys.setLegalHold(caseId, hold);
				audit.record(AuditEvent.of(actor, hold ? "vault.legal-hold-set" : "vault.legal-hold-lifted", "case", caseId, null));
				out.println("Legal hold " + (hold ? "set on" : "lifted from") + " case " + caseId + ".");
				return 0;
			}
			case "reapply-shreds" -> {
				int count = caseKeys.reapplyShreds();
				audit.record(AuditEvent.of(actor, "vault.shreds-reapplied", null, null, null));
				out.println("Destroyed " + count + " data key(s) of cases shredded earlier.");
				return 0;
			}
			default -> throw new UsageException("Unknown vault command '" + args.get(0) + "'.");
		}
	}

	private static UUID caseId(List<String> args) {
		for (int i = 1; i < args.size(); i++) {
			String word = args.get(i);
			String value = word.startsWith("--case=") ? word.substring(7)
					: word.equals("--case") && i + 1 < args.size() ? args.get(i + 1) : null;
			if (value != null) {
				try {
					return UUID.fromString(value);
				}
				catch (IllegalArgumentException ex) {
					throw new UsageException("--case needs a case id (a UUID), not '" + value + "'.");
				}
			}
		}
		throw new UsageException("--case ID is required.");
	}

	private static boolean onOrOff(List<String> args) {
		if (args.contains("--on") == args.contains("--off")) {
			throw new UsageException("Say --on or --off.");
		}
		return args.contains("--on");
	}

}
