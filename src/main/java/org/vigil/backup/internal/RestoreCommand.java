package org.vigil.backup.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.audit.AuditVerification;
import org.vigil.audit.AuditVerifier;
import org.vigil.platform.Command;
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

	@Override
	public String name() {
		return "restore";
	}

	@Override
	public String usage() {
		return "restore --from FILE   (into an empty Vigil home whose keys folder holds the master and backup keys)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Path source = CommandOptions.file(args, "--from");
		ArchiveRestorer.Restored restored;
		try {
			restored = backups.restore(source);
		}
		catch (BackupRejected ex) {
			err.println("Restore refused: " + ex.getMessage());
			return 1;
		}
		// Before anything else reads the restored keys: a case shredded after the backup stays shredded.
		int reshredded = caseKeys.reapplyShreds();
		audit.record(new AuditEvent("operator:" + System.getProperty("user.name", "unknown"), "backup.restored", null, null,
				AuditEvent.SUCCESS, null, Map.of("rows", String.valueOf(restored.rows()), "files",
						String.valueOf(restored.files()), "shreds-reapplied", String.valueOf(reshredded))));
		AuditVerification chain = verifier.verify();
		out.println("Restored " + restored.tables() + " tables (" + restored.rows() + " rows) and " + restored.files()
				+ " file(s) from " + source + ".");
		out.println("Destroyed again the data keys of " + reshredded + " case(s) shredded after the backup was made.");
		out.println("Audit chain: " + chain.summary());
		return chain.intact() ? 0 : 1;
	}

}
