package org.vigil.bench.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;
import org.vigil.vault.BlindIndex;
import org.vigil.vault.FieldCipher;

/**
 * {@code bench generate}: adds a large, skewed dataset to the configured database, in batches of
 * {@link #BATCH_CASES} cases per transaction through PostgreSQL COPY (sent by a {@link BatchWriter}
 * while the next batch is made), and reports its own rate.
 * Generated cases belong to the bench team, so the bench user sees all of them.
 */
@Component
class DatasetGenerator {

	static final int BATCH_CASES = 500;

	private final DataSource dataSource;

	private final BenchAccount account;

	private final FieldCipher cipher;

	private final BlindIndex blindIndex;

	DatasetGenerator(DataSource dataSource, BenchAccount account, FieldCipher cipher, BlindIndex blindIndex) {
		this.dataSource = dataSource;
		this.account = account;
		this.cipher = cipher;
		this.blindIndex = blindIndex;
	}

	/** Answers what was written. */
	GenerationReport generate(DatasetShape shape, PrintWriter out) {
		UUID teamId = account.prepare(out);
		SplittableRandom random = new SplittableRandom(shape.seed());
		PersonCounts counts = new PersonCounts(random, shape);
		out.printf("Generating %,d cases (about %,d persons, %,d sources), protected fields encrypted…%n", shape.cases(),
				shape.expectedPersons(), Math.round(shape.cases() * shape.sourcesPerCase()));
		long started = System.nanoTime();
		long rows = 0;
		long persons = 0;
		double seconds;
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			ReferenceCounters references = ReferenceCounters.load(connection);
			ProtectedFields protectedFields = new ProtectedFields(cipher, blindIndex);
			CaseFactory factory = new CaseFactory(random, protectedFields, references, teamId, BenchAccount.USERNAME);
			long rev = firstFreeRevision(connection);
			CaseBatch[] batches = { new CaseBatch(), new CaseBatch() };
			int current = 0;
			try (BatchWriter writer = new BatchWriter(connection)) {
				for (int i = 0; i < shape.cases(); i++) {
					factory.write(batches[current], rev++, counts.persons(i), counts.sources(i));
					if ((i + 1) % BATCH_CASES == 0 || i + 1 == shape.cases()) {
						persons += batches[current].personCount();
						protectedFields.storeKeys(); // the keys first: a record is never written without its key
						writer.send(batches[current]);
						current = 1 - current;
						progress(out, i + 1, shape.cases(), persons, started);
					}
				}
				rows = writer.finish();
			}
			references.save(connection);
			advanceRevisionSequence(connection);
			connection.commit();
			seconds = (System.nanoTime() - started) / 1e9;
			connection.setAutoCommit(true);
			vacuumAnalyze(connection, out);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Generating the dataset failed: " + ex.getMessage(), ex);
		}
		GenerationReport report = new GenerationReport(shape.cases(), persons, rows, seconds);
		out.println(report.summary());
		return report;
	}

	private static long firstFreeRevision(Connection connection) throws SQLException {
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("select coalesce(max(id), 0) + 1 from revinfo")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** Revisions were numbered here; the identity column must continue after them. */
	private static void advanceRevisionSequence(Connection connection) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("select setval(pg_get_serial_sequence('revinfo', 'id'), (select max(id) from revinfo))");
		}
	}

	/**
	 * Brings statistics and the visibility map up to date, as autovacuum would after a while, so that
	 * measurements start from a settled database. Not part of the reported rate.
	 */
	private static void vacuumAnalyze(Connection connection, PrintWriter out) throws SQLException {
		long started = System.nanoTime();
		try (var statement = connection.createStatement()) {
			statement.execute("vacuum (analyze) cases, persons, person_name_tokens, case_keys, sources, source_persons, cases_aud, persons_aud, sources_aud, "
					+ "source_persons_aud, revinfo, case_reference_counters");
		}
		out.printf("Vacuumed and analysed in %.1f s.%n", (System.nanoTime() - started) / 1e9);
	}

	private static void progress(PrintWriter out, int done, int total, long persons, long started) {
		if (done % (BATCH_CASES * 20) == 0 || done == total) {
			double seconds = (System.nanoTime() - started) / 1e9;
			out.printf("  %,d / %,d cases, %,d persons, %,.0f persons/s%n", done, total, persons, persons / seconds);
		}
	}

	/** What one generation wrote, and how fast. */
	record GenerationReport(int cases, long persons, long rows, double seconds) {

		String summary() {
			return String.format("Wrote %,d cases, %,d persons, %,d rows in all (history included) in %.1f s: "
					+ "%,.0f rows/s, %,.0f persons/s, %,.0f cases/s.", cases, persons, rows, seconds, rows / seconds,
					persons / seconds, cases / seconds);
		}

	}

}
