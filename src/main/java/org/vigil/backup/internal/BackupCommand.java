package org.vigil.backup.internal;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.Command;
import org.vigil.platform.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Option;

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

	@CommandLine.Command(name = "backup", description = { "Write an encrypted archive of the database and files, while the server keeps running.",
			"Encrypted with <home>/keys/backup-key.json; it holds no keys." })
	int backup(@Option(names = "--to", required = true, paramLabel = "FILE", description = "the archive to write (never overwritten)") Path target) {
		String actor = Terminal.operator();
		try {
			Backups.Written written = backups.backup(target);
			audit.record(new AuditEvent(actor, "backup.written", null, null, AuditEvent.SUCCESS, null,
					Map.of("tables", String.valueOf(written.tables()), "rows", String.valueOf(written.rows()),
							"files", String.valueOf(written.files()))));
			Terminal.out().println("Wrote " + target + ": " + written.tables() + " tables (" + written.rows() + " rows) and "
					+ written.files() + " file(s), encrypted with " + key.file() + ".");
			Terminal.out().println("Keep that key and the master key off-site, apart from the archives: without them the archive is useless.");
			return 0;
		}
		catch (BackupRejected ex) {
			audit.record(AuditEvent.of(actor, "backup.written", null, null, null).withOutcome(AuditEvent.FAILED));
			Terminal.err().println("Backup failed: " + ex.getMessage());
			return 1;
		}
	}

}
