package org.vigil.law.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.law.ConsentWay;
import org.vigil.law.InstrumentCode;
import org.vigil.law.Participation;
import org.vigil.law.ParticipationStatus;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.validation.AcceptedText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing a published status table: the file is read and its rows kept (never the file), the
 * administrator sees how they differ from what Vigil holds, and accepts them all or row by row.
 * Each accepted row records its source, the file's way of saying it (the depositary's page marks it
 * verified; OHCHR's export does not) and who accepted it; a row changed by someone else since it was
 * compared refuses the whole acceptance, so that nobody accepts a difference they did not see.
 */
@Component
class ParticipationImports {

	/** One pending import. */
	record Pending(UUID id, StatusTable.Format format, InstrumentCode instrument, String fileName, String source, String uploadedBy,
			Instant uploadedAt, boolean closed, List<StatusTable.Row> rows, List<String> untracked) {
	}

	/** A row of the file that differs from the stored one, or confirms an unverified one (as the depositary). */
	record Difference(String state, Participation current, long currentVersion, StatusTable.Row proposed, boolean confirmsOnly) {
	}

	/** The outcome of an upload: the import, or why the file was refused. */
	record Upload(UUID id, Refusal refusal) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final ParticipationRecords participation;

	private final LawCatalogue catalogue;

	private final LawAudit audit;

	private final StatusFiles files;

	private final ParticipationMemory memory;

	private final Clock clock = Clock.systemUTC();

	ParticipationImports(JdbcClient jdbc, ParticipationRecords participation, LawCatalogue catalogue, LawAudit audit,
			ParticipationMemory memory) {
		this.jdbc = jdbc;
		this.memory = memory;
		this.participation = participation;
		this.catalogue = catalogue;
		this.audit = audit;
		this.files = new StatusFiles(catalogue.states(), catalogue.all());
	}

	@Transactional
	public Upload upload(Viewer viewer, String fileName, byte[] file) {
		Optional<Refusal> refusal = LawPolicy.mayCurate(viewer);
		String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
		if (refusal.isEmpty()) {
			refusal = TextChecks.text("file", name, 255, true).or(() -> AcceptedText.checkName("file", name));
		}
		StatusTable.Reading reading = null;
		if (refusal.isEmpty()) {
			reading = files.read(file, LocalDate.now(clock));
			refusal = Optional.ofNullable(reading.refusal());
		}
		if (refusal.isPresent()) {
			audit.denied(viewer, "law-import.uploaded", "law-import", null, refusal.get());
			return new Upload(null, refusal.get());
		}
		StatusTable table = reading.table();
		UUID id = UUID.randomUUID();
		String source = source(table, name, LocalDate.now(clock));
		jdbc.sql("insert into law_imports (id, format, instrument, file_name, source, rows, untracked, uploaded_by) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, table.format().name(), table.instrument().code(), name, source, JSON.writeValueAsString(table.rows()),
					JSON.writeValueAsString(table.untracked()), viewer.username())
			.update();
		audit.record(viewer, "law-import.uploaded", "law-import", id,
				Map.of("instrument", table.instrument().code(), "format", table.format().name(), "untracked",
						String.join(", ", table.untracked())));
		return new Upload(id, null);
	}

	private String source(StatusTable table, String fileName, LocalDate day) {
		String reference = catalogue.of(table.instrument()).depositary();
		return switch (table.format()) {
			case UNTC_HTML -> "UN Treaty Collection, status of treaty " + reference + " (page saved as " + fileName + ", imported " + day + ")";
			case OHCHR_XLSX -> "OHCHR ratification status export for " + table.instrument().code() + " (" + fileName + ", imported " + day
					+ "; not the depositary)";
		};
	}

	@Transactional(readOnly = true)
	public Pending find(UUID id) {
		return jdbc.sql("select id, format, instrument, file_name, source, rows, untracked, uploaded_by, uploaded_at, closed_at "
				+ "from law_imports where id = ?")
			.param(id)
			.query((rs, n) -> new Pending(rs.getObject("id", UUID.class), StatusTable.Format.valueOf(rs.getString("format")),
					InstrumentCode.parse(rs.getString("instrument")).orElseThrow(), rs.getString("file_name"), rs.getString("source"),
					rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(), rs.getTimestamp("closed_at") != null,
					JSON.readValue(rs.getString("rows"), new TypeReference<List<StatusTable.Row>>() {
					}), JSON.readValue(rs.getString("untracked"), new TypeReference<List<String>>() {
					})))
			.optional()
			.orElseThrow(() -> new NotFoundException("import"));
	}

	/** The open imports, newest first. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> open() {
		return jdbc.sql("select id, instrument, file_name, uploaded_by, uploaded_at from law_imports where closed_at is null "
				+ "order by uploaded_at desc limit 50").query().listOfRows();
	}

	/** How the import's rows differ from what Vigil holds now. */
	@Transactional(readOnly = true)
	public List<Difference> differences(Pending pending) {
		Map<String, Participation> current = new java.util.HashMap<>();
		participation.across(pending.instrument()).forEach(row -> current.put(row.state(), row));
		Map<String, Long> versions = new java.util.HashMap<>();
		jdbc.sql("select state, version from law_participation where instrument = ?").param(pending.instrument().code())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
			.forEach(e -> versions.put(e.getKey(), e.getValue()));
		List<Difference> differences = new ArrayList<>();
		for (StatusTable.Row row : pending.rows()) {
			Participation now = current.getOrDefault(row.state(), Participation.unknown(row.state(), pending.instrument()));
			long version = versions.getOrDefault(row.state(), -1L);
			if (differs(now, row)) {
				differences.add(new Difference(row.state(), now, version, row, false));
			}
			else if (pending.format().depositary() && !now.verified()) {
				differences.add(new Difference(row.state(), now, version, row, true));
			}
		}
		return differences;
	}

	static boolean differs(Participation now, StatusTable.Row row) {
		return now.status() != row.status() || !Objects.equals(now.date(), row.date())
				|| row.how() != null && now.how() != row.how()
				|| row.status() == ParticipationStatus.PARTY && !Objects.equals(now.signed(), row.signed())
				|| row.reservations() != null && reservationsDiffer(now, row.reservations());
	}

	/** A file that reads reservations (the depositary's page) differs where its text, the articles limited or the complaints do. */
	private static boolean reservationsDiffer(Participation now, StatusTable.Reservations file) {
		return !Objects.equals(now.reservations(), file.text()) || !now.restricts().equals(file.restricts())
				|| !Objects.equals(now.complaints(), file.complaints());
	}

	/**
	 * Accepts the chosen rows (state → the version it was compared against). All or nothing: a row
	 * changed since, or not among the differences, refuses the whole acceptance.
	 */
	@Transactional
	public Optional<Refusal> accept(Viewer viewer, UUID id, Map<String, Long> chosen) {
		Pending pending = find(id);
		Optional<Refusal> refusal = LawPolicy.mayCurate(viewer);
		if (refusal.isEmpty() && pending.closed()) {
			refusal = Optional.of(Refusal.of(LawRefusal.LAW_IMPORT_CLOSED));
		}
		Map<String, Difference> differences = new java.util.HashMap<>();
		if (refusal.isEmpty()) {
			differences(pending).forEach(d -> differences.put(d.state(), d));
			for (Map.Entry<String, Long> choice : chosen.entrySet()) {
				Difference difference = differences.get(choice.getKey());
				if (difference == null || difference.currentVersion() != choice.getValue()) {
					refusal = Optional.of(Refusal.onField(LawRefusal.LAW_IMPORT_ROW_CHANGED, "rows", choice.getKey()));
					break;
				}
			}
		}
		if (refusal.isPresent()) {
			audit.denied(viewer, "law-participation.accepted", "law-import", id, refusal.get());
			return refusal;
		}
		LocalDate today = LocalDate.now(clock);
		for (String state : chosen.keySet()) {
			apply(viewer, pending, differences.get(state), today);
		}
		memory.changed();
		audit.record(viewer, "law-participation.accepted", "law-import", id,
				Map.of("instrument", pending.instrument().code(), "rows", String.join(",", chosen.keySet().stream().sorted().toList())));
		return Optional.empty();
	}

	private void apply(Viewer viewer, Pending pending, Difference difference, LocalDate today) {
		StatusTable.Row row = difference.proposed();
		Participation before = difference.current();
		ConsentWay how = row.how() != null || row.status() == ParticipationStatus.NONE ? row.how() : before.how();
		boolean none = row.status() == ParticipationStatus.NONE;
		// Only a file that reads reservations (the depositary's page) changes them; OHCHR's export keeps those held.
		StatusTable.Reservations reserved = row.reservations();
		int updated = jdbc.sql("""
				insert into law_participation (state, instrument, status, how, act_date, signed, reservations, restricts, complaints,
				    verified, source, as_of, version, changed_by, changed_at)
				values (:state, :instrument, :status, :how, :date, :signed, :reservations, :restricts, :complaints, :verified, :source,
				    :asOf, 0, :by, now())
				on conflict (state, instrument) do update set status = :status, how = :how, act_date = :date, signed = :signed,
				    reservations = case when :none then null when :read then :reservations else law_participation.reservations end,
				    restricts = case when :none then null when :read then :restricts else law_participation.restricts end,
				    complaints = case when :none then null when :read then :complaints else law_participation.complaints end,
				    verified = :verified, source = :source, as_of = :asOf, version = law_participation.version + 1,
				    changed_by = :by, changed_at = now()
				where law_participation.version = :version""")
			.param("state", row.state()).param("instrument", pending.instrument().code()).param("status", row.status().name())
			.param("how", how == null ? null : how.name(), Types.VARCHAR)
			.param("date", row.date() == null ? null : Date.valueOf(row.date()), Types.DATE)
			.param("signed", row.signed() == null ? null : Date.valueOf(row.signed()), Types.DATE)
			.param("verified", pending.format().depositary()).param("source", pending.source())
			.param("asOf", Date.valueOf(pending.uploadedAt().atZone(ZoneOffset.UTC).toLocalDate()), Types.DATE)
			.param("by", viewer.username()).param("none", none).param("version", difference.currentVersion())
			.param("read", reserved != null)
			.param("reservations", reserved == null ? null : reserved.text(), Types.VARCHAR)
			.param("restricts", reserved == null || reserved.restricts().isEmpty() ? null
					: String.join(",", reserved.restricts().stream().sorted().toList()), Types.VARCHAR)
			.param("complaints", reserved == null ? null : reserved.complaints(), Types.BOOLEAN)
			.update();
		if (updated != 1) {
			// Someone changed the row between the comparison and now: the whole acceptance rolls back.
			throw Refusal.onField(LawRefusal.LAW_IMPORT_ROW_CHANGED, "rows", row.state()).toException();
		}
		jdbc.sql("insert into law_participation_changes (state, instrument, before, after, source, import_id, accepted_by) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(row.state(), pending.instrument().code(),
					describe(before.status(), before.how(), before.date(), before.verified())
							+ describe(before.reservations(), before.restricts(), before.complaints()),
					describe(row.status(), how, row.date(), pending.format().depositary())
							+ (reserved == null ? "" : describe(reserved.text(), reserved.restricts(), reserved.complaints())),
					pending.source(), pending.id(), viewer.username())
			.update();
	}

	private static String describe(ParticipationStatus status, ConsentWay how, LocalDate date, boolean verified) {
		return status + (how == null ? "" : " " + how) + (date == null ? "" : " " + date) + (verified ? " verified" : " unverified");
	}

	private static String describe(String reservations, java.util.Set<String> restricts, Boolean complaints) {
		return (restricts.isEmpty() ? "" : "; restricts " + String.join(", ", restricts.stream().sorted().toList()))
				+ (complaints == null ? "" : complaints ? "; accepts complaints" : "; no complaints")
				+ (reservations == null ? "" : "; " + reservations);
	}

	/** Closes the import: its rows are no longer offered. */
	@Transactional
	public Optional<Refusal> close(Viewer viewer, UUID id) {
		find(id);
		Optional<Refusal> refusal = LawPolicy.mayCurate(viewer);
		if (refusal.isPresent()) {
			return refusal;
		}
		jdbc.sql("update law_imports set closed_at = ? where id = ? and closed_at is null").params(Timestamp.from(clock.instant()), id).update();
		audit.record(viewer, "law-import.closed", "law-import", id, Map.of());
		return Optional.empty();
	}

	/** The accepted changes of a state, newest first, for its page. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> changesOf(String state) {
		return jdbc.sql("select instrument, before, after, source, accepted_by, accepted_at from law_participation_changes "
				+ "where state = ? order by accepted_at desc, id desc limit 100").param(state).query().listOfRows();
	}


}
