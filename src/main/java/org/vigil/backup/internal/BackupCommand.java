package org.vigil.backup.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.Command;

/** {@code java -jar vigil.jar backup --to FILE}: an encrypted archive of the database and files, without keys. */
@Component
class BackupCommand implements Command {

	private final Backups backups;

	private final BackupKey key;

	private final AuditLog audit;

	BackupCommand(Backups backups, BackupKey key, AuditLog audit) {
		this.backups = backups;
		this.key = key;
		this.audit = audit;
	}

	@Override
	public String name() {
		return "backup";
	}

	@Override
	public String usage() {
		return "backup --to FILE   (encrypted with <home>/keys/backup-key.json; keys are not included)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Path target = CommandOptions.file(args, "--to");
		String actor = "operator:" + System.getProperty("user.name", "unknown");
		try {
			Backups.Written written = backups.backup(target);
			audit.record(new AuditEvent(actor, "backup.written", null, null, AuditEvent.SUCCESS, null,
					Map.of("tables", String.valueOf(written.tables()), "rows", String.valueOf(written.rows()),
							"files", String.valueOf(written.files()))));
			out.println("Wrote " + target + ": " + written.tables() + " tables (" + written.rows() + " rows) and "
					+ written.files() + " file(s), encrypted with " + key.file() + ".");
			out.println("Keep that key and the master key off-site, apart from the archives: without them the archive is useless.");
			return 0;
		}
		catch (BackupRejected ex) {
			audit.record(AuditEvent.of(actor, "backup.written", null, null, null).withOutcome(AuditEvent.FAILED));
			err.println("Backup failed: " + ex.getMessage());
			return 1;
		}
	}

}
