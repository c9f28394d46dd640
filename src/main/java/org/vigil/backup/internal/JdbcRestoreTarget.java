package org.vigil.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;

/**
 * Loads an archive's rows into the database with {@code COPY … FROM STDIN}, on one connection in
 * one transaction that the caller commits only when the whole archive has been read. The
 * transaction is marked as a restore ({@link #RESTORING}): the triggers that keep revisions for
 * caches (state participation, risk profiles, the public site) leave the archive's revisions as
 * they were written instead of moving them for every row loaded.
 */
class JdbcRestoreTarget implements RestoreTarget {

	private final Connection connection;

	private final String version;

	private final Map<String, List<String>> tables;

	private final Set<String> sequences;

	/** The setting, local to the restore's transaction, that the revision triggers read. */
	static final String RESTORING = "vigil.restoring";

	JdbcRestoreTarget(Connection connection) throws SQLException {
		this.connection = connection;
		try (PreparedStatement s = connection.prepareStatement("select set_config(?, 'on', true)")) {
			s.setString(1, RESTORING);
			s.execute();
		}
		this.version = DatabaseSchema.version(connection);
		this.tables = DatabaseSchema.tables(connection);
		this.sequences = DatabaseSchema.sequences(connection);
	}

	@Override
	public String schemaVersion() {
		return version;
	}

	@Override
	public Map<String, List<String>> tables() {
		return tables;
	}

	@Override
	public Set<String> sequences() {
		return sequences;
	}

	@Override
	public long load(String table, List<String> columns, InputStream rows) {
		try {
			if (DatabaseSchema.SEEDED_BY_MIGRATIONS.contains(table)) {
				try (Statement s = connection.createStatement()) {
					s.executeUpdate("delete from " + DatabaseSchema.quote(table));
				}
			}
			String columnList = columns.stream().map(DatabaseSchema::quote).collect(Collectors.joining(", "));
			return connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("COPY " + DatabaseSchema.quote(table) + " (" + columnList + ") FROM STDIN", rows);
		}
		catch (SQLException ex) {
			throw new BackupRejected("The database refused the rows of table " + table + ": " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw ArchiveReader.unreadable(ex);
		}
	}

	@Override
	public void setSequence(String sequence, long value, boolean called) {
		try (PreparedStatement s = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
			s.setString(1, DatabaseSchema.quote(sequence));
			s.setLong(2, value);
			s.setBoolean(3, called);
			s.execute();
		}
		catch (SQLException ex) {
			throw new BackupRejected("The database refused the value of sequence " + sequence + ": " + ex.getMessage(), ex);
		}
	}

}
