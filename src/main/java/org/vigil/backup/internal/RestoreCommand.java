package org.vigil.backup.internal;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.audit.AuditVerification;
import org.vigil.audit.AuditVerifier;
import org.vigil.platform.Command;
import org.vigil.platform.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import org.vigil.vault.CaseKeys;

/**
 * {@code java -jar vigil.jar restore --from FILE}: brings an archive back into an empty Vigil,
 * then destroys again the keys of cases shredded since the archive was made (the register of
 * shredded cases lives in the keys folder, which backups never hold).
 */
@Component
class RestoreCommand implements Command {

	private final Backups backups;

	private final CaseKeys caseKeys;

	private final AuditLog audit;

	private final AuditVerifier verifier;

	RestoreCommand(Backups backups, CaseKeys caseKeys, AuditLog audit, AuditVerifier verifier) {
		this.backups = backups;
		this.caseKeys = caseKeys;
		this.audit = audit;
		this.verifier = verifier;
	}

	@CommandLine.Command(name = "restore", description = { "Bring an archive back into an empty Vigil (stop the server first).",
			"The home's keys folder must hold the master and backup keys; see the README, Backups." })
	int restore(@Option(names = "--from", required = true, paramLabel = "FILE", description = "the archive made by 'backup'") Path source) {
		ArchiveRestorer.Restored restored;
		try {
			restored = backups.restore(source);
		}
		catch (BackupRejected ex) {
			Terminal.err().println("Restore refused: " + ex.getMessage());
			return 1;
		}
		// Before anything else reads the restored keys: a case shredded after the backup stays shredded.
		int reshredded = caseKeys.reapplyShreds();
		audit.record(new AuditEvent(Terminal.operator(), "backup.restored", null, null,
				AuditEvent.SUCCESS, null, Map.of("rows", String.valueOf(restored.rows()), "files",
						String.valueOf(restored.files()), "shreds-reapplied", String.valueOf(reshredded))));
		AuditVerification chain = verifier.verify();
		Terminal.out().println("Restored " + restored.tables() + " tables (" + restored.rows() + " rows) and " + restored.files()
				+ " file(s) from " + source + ".");
		Terminal.out().println("Destroyed again the data keys of " + reshredded + " case(s) shredded after the backup was made.");
		Terminal.out().println("Audit chain: " + chain.summary());
		return chain.intact() ? 0 : 1;
	}

}
