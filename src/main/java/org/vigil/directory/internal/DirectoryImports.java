package org.vigil.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;

/**
 * Imports a directory file: every line is read and checked before anything changes, and a file with
 * one wrong line is refused whole, naming the line, the column and the reason. A line with the id of
 * an entry changes that entry (its check and retirement as the file says); one with an unknown id
 * makes an entry with that id (an export of another installation); one without an id makes a new
 * entry. Lines that say what the entry already says change nothing.
 */
@Component
class DirectoryImports {

	/** What an import did. */
	record Imported(int created, int changed, int unchanged) {
	}

	private final AuthorityRepository entries;

	private final DirectoryRecords records;

	private final DirectoryAudit audit;

	DirectoryImports(AuthorityRepository entries, DirectoryRecords records, DirectoryAudit audit) {
		this.entries = entries;
		this.records = records;
		this.audit = audit;
	}

	@Transactional
	public Imported importFile(Viewer viewer, byte[] file) {
		Optional<Refusal> refusal = DirectoryPolicy.mayCurate(viewer);
		if (refusal.isEmpty() && file.length > DirectoryCsv.MAX_BYTES) {
			refusal = Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_IMPORT_TOO_LARGE, "file", DirectoryCsv.MAX_BYTES / (1024 * 1024)));
		}
		if (refusal.isPresent()) {
			audit.denied(viewer, "authority.imported", null, refusal.get());
			throw refusal.get().toException();
		}
		DirectoryCsv.Read read = DirectoryCsv.read(file, records.today());
		if (read.problem() != null) {
			audit.denied(viewer, "authority.imported", null, read.problem().refusal());
			throw new Refused(List.of(read.problem().refusal(), read.problem().reason()));
		}
		Imported imported = store(read.rows(), records.today());
		audit.record(viewer, "authority.imported", null, Map.of("created", String.valueOf(imported.created()), "changed",
				String.valueOf(imported.changed()), "unchanged", String.valueOf(imported.unchanged())));
		return imported;
	}

	/** Saves checked rows; the caller's transaction makes it all or nothing. */
	Imported store(List<DirectoryCsv.Row> rows, LocalDate today) {
		int created = 0;
		int changed = 0;
		int unchanged = 0;
		for (DirectoryCsv.Row row : rows) {
			Optional<AuthorityEntity> existing = row.id() == null ? Optional.empty() : entries.findById(row.id());
			if (existing.isEmpty()) {
				AuthorityEntity entry = new AuthorityEntity(row.id() == null ? UUID.randomUUID() : row.id(), row.draft());
				entry.checked(row.checkedBy(), row.checkedOn());
				entry.retire(row.retired() ? today : null);
				entries.save(entry);
				created++;
				continue;
			}
			AuthorityEntity entry = existing.get();
			boolean same = entry.draft().equals(row.draft()) && Objects.equals(entry.checkedBy(), row.checkedBy())
					&& Objects.equals(entry.checkedOn(), row.checkedOn()) && (entry.retiredOn() != null) == row.retired();
			if (same) {
				unchanged++;
				continue;
			}
			entry.apply(row.draft());
			entry.checked(row.checkedBy(), row.checkedOn());
			if ((entry.retiredOn() != null) != row.retired()) {
				entry.retire(row.retired() ? today : null);
			}
			entries.save(entry);
			changed++;
		}
		entries.flush();
		return new Imported(created, changed, unchanged);
	}

}
