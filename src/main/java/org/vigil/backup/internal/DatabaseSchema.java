package org.vigil.backup.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the database of this Vigil holds, read from PostgreSQL's catalogue rather than listed by
 * hand, so that a table added by a later migration is backed up without anyone remembering to.
 */
final class DatabaseSchema {

	/** Flyway's own record: compared between archive and database, never copied. */
	static final String FLYWAY_HISTORY = "flyway_schema_history";

	/**
	 * Tables whose rows a migration writes itself (the audit log's head, seeded at entry 0; the
	 * urgency thresholds, seeded with their defaults; the revisions of state participation and of the
	 * public site, each seeded at 0). A fresh database already has them; a restore replaces them with
	 * the archive's.
	 */
	static final Set<String> SEEDED_BY_MIGRATIONS = Set.of("audit_head", "urgency_settings", "law_participation_revision",
			"public_site_revision");

	/**
	 * Reference tables a migration writes whole and nothing in Vigil changes (the UN M49 areas and
	 * their countries): the same rows in every database at the same schema version, which a restore
	 * requires, so they are neither copied nor restored, like Flyway's history.
	 */
	static final Set<String> WRITTEN_BY_MIGRATIONS_ONLY = Set.of("m49_areas", "m49_countries");

	private DatabaseSchema() {
	}

	/**
	 * Every table of the current schema with its columns, referenced tables before those that
	 * reference them, so that rows can be loaded in order with every foreign key checked.
	 * Flyway's history is left out.
	 */
	static Map<String, List<String>> tables(Connection c) throws SQLException {
		Map<String, Set<String>> references = new TreeMap<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("""
						select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
						where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition""")) {
			while (rs.next()) {
				references.put(rs.getString(1), new TreeSet<>());
			}
		}
		references.remove(FLYWAY_HISTORY);
		references.keySet().removeAll(WRITTEN_BY_MIGRATIONS_ONLY);
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("""
						select child.relname, parent.relname from pg_constraint k
						join pg_class child on child.oid = k.conrelid
						join pg_class parent on parent.oid = k.confrelid
						join pg_namespace n on n.oid = child.relnamespace
						where k.contype = 'f' and n.nspname = current_schema()""")) {
			while (rs.next()) {
				// A table referring to itself would need its rows in order; Vigil has none, and the
				// drill test would fail on one rather than lose data.
				if (references.containsKey(rs.getString(1)) && references.containsKey(rs.getString(2))
						&& !rs.getString(1).equals(rs.getString(2))) {
					references.get(rs.getString(1)).add(rs.getString(2));
				}
			}
		}
		Map<String, List<String>> ordered = new LinkedHashMap<>();
		Set<String> visiting = new LinkedHashSet<>();
		for (String table : references.keySet()) {
			visit(table, references, visiting, ordered, c);
		}
		return ordered;
	}

	private static void visit(String table, Map<String, Set<String>> references, Set<String> visiting,
			Map<String, List<String>> ordered, Connection c) throws SQLException {
		if (ordered.containsKey(table)) {
			return;
		}
		if (!visiting.add(table)) {
			throw new IllegalStateException("The foreign keys between " + visiting + " form a cycle; back-ups cannot order them");
		}
		for (String parent : references.get(table)) {
			visit(parent, references, visiting, ordered, c);
		}
		visiting.remove(table);
		ordered.put(table, columns(c, table));
	}

	/** Stored columns in table order; generated columns are left to the database to compute. */
	private static List<String> columns(Connection c, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("""
				select a.attname from pg_attribute a join pg_class c on c.oid = a.attrelid
				join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relname = ? and a.attnum > 0 and not a.attisdropped
				and a.attgenerated = '' order by a.attnum""")) {
			s.setString(1, table);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					columns.add(rs.getString(1));
				}
			}
		}
		return columns;
	}

	static Set<String> sequences(Connection c) throws SQLException {
		Set<String> sequences = new TreeSet<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("""
						select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
						where n.nspname = current_schema() and c.relkind = 'S'""")) {
			while (rs.next()) {
				sequences.add(rs.getString(1));
			}
		}
		return sequences;
	}

	/** The version of the last migration applied, e.g. {@code 21}. */
	static String version(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select version from " + FLYWAY_HISTORY
						+ " where success and version is not null order by installed_rank desc limit 1")) {
			return rs.next() ? rs.getString(1) : "none";
		}
	}

	/** Tables holding rows that a restore would clash with (seeded tables only count past their seed). */
	static List<String> tablesWithData(Connection c, Set<String> tables) throws SQLException {
		List<String> withData = new ArrayList<>();
		for (String table : tables) {
			if (SEEDED_BY_MIGRATIONS.contains(table)) {
				continue;
			}
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select exists (select 1 from " + quote(table) + ")")) {
				rs.next();
				if (rs.getBoolean(1)) {
					withData.add(table);
				}
			}
		}
		return withData;
	}

	/** Quotes a name read from the catalogue (and, on restore, matched against it) for use in SQL. */
	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
