package org.vigil.bench.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;

import org.postgresql.copy.CopyManager;

/**
 * Rows for one table in PostgreSQL's COPY text format, sent in one {@code COPY … FROM STDIN}.
 * COPY writes the same rows an INSERT would (constraints and indexes included), only faster.
 */
final class CopyTable {

	private final String table;

	private final String columns;

	private final StringBuilder rows = new StringBuilder(1 << 16);

	private long count;

	CopyTable(String table, String columns) {
		this.table = table;
		this.columns = columns;
	}

	void row(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				rows.append('\t');
			}
			append(values[i]);
		}
		rows.append('\n');
		count++;
	}

	/** Sends the rows collected so far and starts afresh; answers how many rows went. */
	long flush(CopyManager copy) throws SQLException, IOException {
		long sent = count;
		if (sent > 0) {
			copy.copyIn("copy " + table + " (" + columns + ") from stdin", new StringReader(rows.toString()));
		}
		rows.setLength(0);
		count = 0;
		return sent;
	}

	private void append(Object value) {
		if (value == null) {
			rows.append("\\N");
			return;
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> rows.append("\\\\");
				case '\t' -> rows.append("\\t");
				case '\n' -> rows.append("\\n");
				case '\r' -> rows.append("\\r");
				default -> rows.append(c);
			}
		}
	}

}
