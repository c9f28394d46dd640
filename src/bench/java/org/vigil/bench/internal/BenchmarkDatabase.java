package org.vigil.bench.internal;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.platform.UsageException;

/**
 * Keeps synthetic cases out of an organisation's database. {@code bench generate} writes only into
 * a database marked as a benchmark database (a comment on the database, which no table, backup or
 * export of Vigil carries), and marks one only while it is empty — no case, no user — or when the
 * operator says on the command line that it is not a production database.
 */
@Component
class BenchmarkDatabase {

	static final String MARK = "Vigil benchmark database: synthetic cases from bench generate, never the data of an organisation";

	private final JdbcClient jdbc;

	BenchmarkDatabase(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/**
	 * Marks the database as a benchmark database, or refuses it.
	 * @param notProduction the operator's {@code --i-know-this-is-not-production}
	 * @throws UsageException for a database that holds data and is not marked
	 */
	void claim(boolean notProduction) {
		if (marked()) {
			return;
		}
		long cases = jdbc.sql("select count(*) from cases").query(Long.class).single();
		long users = jdbc.sql("select count(*) from users").query(Long.class).single();
		if ((cases > 0 || users > 0) && !notProduction) {
			throw new UsageException("Refused: this database holds " + cases + " case(s) and " + users + " user(s) and is not a "
					+ "benchmark database. Generate into a new VIGIL_HOME (or an empty database), or say "
					+ "--i-know-this-is-not-production if it really holds nothing anyone needs.");
		}
		// COMMENT ON takes no parameters; the mark is a constant without quote marks.
		jdbc.sql("do $$ begin execute format('comment on database %I is %L', current_database(), '" + MARK + "'); end $$").update();
	}

	/**
	 * While generating, the benchmark database acknowledges a commit before it is flushed to disk
	 * ({@code synchronous_commit = off} for new sessions): a crash could lose the last synthetic
	 * cases, never corrupt the database. {@link #flushEveryCommit} restores the product's setting
	 * before anything is measured. Only ever on a database {@link #claim}ed as a benchmark database.
	 */
	void acknowledgeBeforeFlush() {
		requireMarked();
		jdbc.sql("do $$ begin execute format('alter database %I set synchronous_commit = off', current_database()); end $$").update();
	}

	void flushEveryCommit() {
		requireMarked();
		jdbc.sql("do $$ begin execute format('alter database %I reset synchronous_commit', current_database()); end $$").update();
	}

	/**
	 * Before anything is measured: a generation stopped half-way (killed, interrupted) leaves the
	 * database acknowledging commits before they are flushed, which the product never does — and a
	 * server measured on it would look faster than it is. Answers whether that was so.
	 */
	boolean restoreProductCommits() {
		if (!marked()) {
			return false;
		}
		boolean leftOver = jdbc.sql("""
				select exists (select 1 from pg_db_role_setting s join pg_database d on d.oid = s.setdatabase
				  where d.datname = current_database() and s.setrole = 0 and 'synchronous_commit=off' = any (s.setconfig))""")
			.query(Boolean.class).single();
		flushEveryCommit();
		return leftOver;
	}

	private void requireMarked() {
		if (!marked()) {
			throw new IllegalStateException("Not a benchmark database");
		}
	}

	boolean marked() {
		return MARK.equals(jdbc.sql("select shobj_description(oid, 'pg_database') from pg_database where datname = current_database()")
			.query(String.class).optional().orElse(null));
	}

}
