package org.vigil.backup.internal;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where {@link ArchiveRestorer} puts the rows of an archive: the database, or a fake in tests. */
interface RestoreTarget {

	String schemaVersion();

	/** Table names with their columns, as the target has them. */
	Map<String, List<String>> tables();

	Set<String> sequences();

	/** Loads rows in PostgreSQL's {@code COPY} text format; answers how many. */
	long load(String table, List<String> columns, InputStream rows);

	void setSequence(String sequence, long value, boolean called);

}
