package org.vigil.bench.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.postgresql.copy.CopyManager;

/**
 * The rows of a batch of generated cases, for every table the application writes when a case is
 * opened and its persons and sources recorded: the records themselves and their Envers history
 * (one {@code revinfo} revision per case, an {@code ADD} row in each {@code *_aud} table). Tables
 * are flushed parents first, so foreign keys hold. Whereabouts and appeals will add their tables
 * here once their modules exist.
 */
final class CaseBatch {

	static final String CASE_COLUMNS = "id, reference, title, summary, country_of_custody, country_of_feared_return, region, "
			+ "themes, status, priority, priority_rank, outcome, team_id, created_at, created_by, updated_at, updated_by, version";

	static final String PERSON_COLUMNS = "id, case_id, kind, number_of_persons, role, public_label, name, names_in_other_scripts, "
			+ "aliases, sex, birth_date, birth_date_precision, nationality, notes, created_at, created_by, version";

	static final String SOURCE_COLUMNS = "id, case_id, label, name, contact_details, reported_on, reliability, confidential, "
			+ "information, created_at, created_by, version";

	/** Envers' revision type for a record that was added. */
	private static final int ADD = 0;

	private final CopyTable revisions = new CopyTable("revinfo", "id, timestamp, username");

	private final CopyTable cases = new CopyTable("cases", CASE_COLUMNS);

	private final CopyTable casesAud = new CopyTable("cases_aud", audColumns(CASE_COLUMNS));

	private final CopyTable persons = new CopyTable("persons", PERSON_COLUMNS);

	private final CopyTable personsAud = new CopyTable("persons_aud", audColumns(PERSON_COLUMNS));

	private final CopyTable sources = new CopyTable("sources", SOURCE_COLUMNS);

	private final CopyTable sourcesAud = new CopyTable("sources_aud", audColumns(SOURCE_COLUMNS));

	private final CopyTable nameTokens = new CopyTable("person_name_tokens", "token, person_id, case_id");

	private final CopyTable sourcePersons = new CopyTable("source_persons", "source_id, person_id");

	private final CopyTable sourcePersonsAud = new CopyTable("source_persons_aud", "rev, revtype, source_id, person_id");

	private final List<CopyTable> parentsFirst = List.of(revisions, cases, casesAud, persons, personsAud, nameTokens, sources,
			sourcesAud, sourcePersons, sourcePersonsAud);

	private long personCount;

	void revision(long rev, Instant at, String username) {
		revisions.row(rev, at.toEpochMilli(), username);
	}

	void caseFile(long rev, Object... values) {
		audited(cases, casesAud, rev, values);
	}

	void person(long rev, Object... values) {
		audited(persons, personsAud, rev, values);
		personCount++;
	}

	/** A blind-index token of one of the person's names (not audited: the application keeps no history of tokens). */
	void nameToken(String token, Object personId, Object caseId) {
		nameTokens.row(token, personId, caseId);
	}

	void source(long rev, Object... values) {
		audited(sources, sourcesAud, rev, values);
	}

	void sourcePerson(long rev, Object sourceId, Object personId) {
		sourcePersons.row(sourceId, personId);
		sourcePersonsAud.row(rev, ADD, sourceId, personId);
	}

	long personCount() {
		return personCount;
	}

	/** Sends every table's rows and answers how many rows went in all. */
	long flush(CopyManager copy) throws SQLException, IOException {
		long rows = 0;
		for (CopyTable table : parentsFirst) {
			rows += table.flush(copy);
		}
		personCount = 0;
		return rows;
	}

	private static void audited(CopyTable table, CopyTable aud, long rev, Object[] values) {
		table.row(values);
		Object[] audRow = new Object[values.length + 2];
		audRow[0] = values[0];
		audRow[1] = rev;
		audRow[2] = ADD;
		System.arraycopy(values, 1, audRow, 3, values.length - 1);
		aud.row(audRow);
	}

	private static String audColumns(String columns) {
		return columns.replaceFirst("^id, ", "id, rev, revtype, ");
	}

}
