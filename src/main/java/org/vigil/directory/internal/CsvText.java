package org.vigil.directory.internal;

import java.util.ArrayList;
import java.util.List;

import org.vigil.platform.Refusal;

/**
 * Comma-separated values as RFC 4180 writes them: values separated by commas, lines by CRLF or LF,
 * a value holding a comma, quote or line break quoted with {@code "} and its quotes doubled. A
 * quoted value may span lines; each record keeps the number of the line it starts on.
 */
final class CsvText {

	/** One record: its values and the line of the file it starts on (1 for the header). */
	record Line(int number, List<String> values) {
	}

	/** A file that cannot be read as CSV: where, and why. */
	static final class Unreadable extends Exception {

		private static final long serialVersionUID = 1L;

		private final int line;

		private final transient Refusal reason;

		Unreadable(int line, Refusal reason) {
			super(reason.rule().name(), null, false, false);
			this.line = line;
			this.reason = reason;
		}

		int line() {
			return line;
		}

		Refusal reason() {
			return reason;
		}

	}

	private CsvText() {
	}

	/** The file's records, blank lines skipped; at most {@code maxRecords}. */
	static List<Line> parse(String text, int maxRecords) throws Unreadable {
		List<Line> lines = new ArrayList<>();
		List<String> values = new ArrayList<>();
		StringBuilder value = new StringBuilder();
		int line = 1;
		int start = 1;
		boolean quoted = false;
		boolean wasQuoted = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						value.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					value.append(c);
				}
			}
			else if (c == '"') {
				if (value.length() > 0 || wasQuoted) {
					throw new Unreadable(line, Refusal.of(DirectoryRefusal.DIRECTORY_CSV_QUOTE));
				}
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',') {
				values.add(value.toString());
				value.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				values.add(value.toString());
				end(lines, start, values, maxRecords);
				values = new ArrayList<>();
				value.setLength(0);
				wasQuoted = false;
				line++;
				start = line;
			}
			else {
				if (wasQuoted) {
					throw new Unreadable(line, Refusal.of(DirectoryRefusal.DIRECTORY_CSV_QUOTE));
				}
				value.append(c);
			}
			i++;
		}
		if (quoted) {
			throw new Unreadable(start, Refusal.of(DirectoryRefusal.DIRECTORY_CSV_QUOTE));
		}
		if (value.length() > 0 || !values.isEmpty() || wasQuoted) {
			values.add(value.toString());
			end(lines, start, values, maxRecords);
		}
		return lines;
	}

	private static void end(List<Line> lines, int start, List<String> values, int maxRecords) throws Unreadable {
		if (values.size() == 1 && values.get(0).isEmpty()) {
			return; // a blank line
		}
		if (lines.size() >= maxRecords) {
			throw new Unreadable(start, Refusal.of(DirectoryRefusal.DIRECTORY_CSV_ROWS, maxRecords - 1));
		}
		lines.add(new Line(start, List.copyOf(values)));
	}

	/** One record as a line of the file, ending in CRLF. */
	static String line(List<String> values) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String value = values.get(i) == null ? "" : values.get(i);
			if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
				out.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
			else {
				out.append(value);
			}
		}
		return out.append("\r\n").toString();
	}

}
