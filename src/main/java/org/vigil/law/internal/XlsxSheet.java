package org.vigil.law.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The cells of the first worksheet of an Office Open XML spreadsheet (.xlsx), as text, row by row:
 * just enough of the format to read a published status table. The file is read in memory within
 * fixed limits (entries, expanded size), XML without DTDs or external entities; a zip that lacks its
 * central directory or whose entries break off is cut short.
 */
final class XlsxSheet {

	/** Reading the file failed: the reason, and whether the file is cut short rather than of another kind. */
	static final class Unreadable extends Exception {

		private static final long serialVersionUID = 1L;

		private final boolean truncated;

		Unreadable(String reason, boolean truncated) {
			super(reason, null, false, false);
			this.truncated = truncated;
		}

		boolean truncated() {
			return truncated;
		}

	}

	static final int MAX_ENTRIES = 200;

	static final long MAX_EXPANDED = 20L * 1024 * 1024;

	static final int MAX_ROWS = 2000;

	static final int MAX_COLUMNS = 50;

	private static final String SHEET = "xl/worksheets/sheet1.xml";

	private static final String STRINGS = "xl/sharedStrings.xml";

	private XlsxSheet() {
	}

	static boolean looksLikeZip(byte[] file) {
		return file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
	}

	static List<List<String>> rows(byte[] file) throws Unreadable {
		if (!looksLikeZip(file)) {
			throw new Unreadable("not an Office Open XML spreadsheet (.xlsx)", false);
		}
		if (!hasEndOfCentralDirectory(file)) {
			throw new Unreadable("the spreadsheet's zip directory is missing", true);
		}
		Map<String, byte[]> parts = entries(file);
		if (!parts.containsKey("xl/workbook.xml") || !parts.containsKey(SHEET)) {
			throw new Unreadable("a zip file, but not a spreadsheet (no xl/workbook.xml with a first worksheet)", false);
		}
		List<String> shared = parts.containsKey(STRINGS) ? sharedStrings(parts.get(STRINGS)) : List.of();
		return sheet(parts.get(SHEET), shared);
	}

	private static boolean hasEndOfCentralDirectory(byte[] file) {
		int stop = Math.max(0, file.length - 22 - 65535);
		for (int i = file.length - 22; i >= stop; i--) {
			if (file[i] == 'P' && file[i + 1] == 'K' && file[i + 2] == 5 && file[i + 3] == 6) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, byte[]> entries(byte[] file) throws Unreadable {
		Map<String, byte[]> parts = new HashMap<>();
		long expanded = 0;
		int count = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
			ZipEntry entry;
			byte[] buffer = new byte[8192];
			while ((entry = zip.getNextEntry()) != null) {
				if (++count > MAX_ENTRIES) {
					throw new Unreadable("more than " + MAX_ENTRIES + " parts in the spreadsheet", false);
				}
				boolean wanted = entry.getName().equals(SHEET) || entry.getName().equals(STRINGS)
						|| entry.getName().equals("xl/workbook.xml");
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				int read;
				while ((read = zip.read(buffer)) > 0) {
					expanded += read;
					if (expanded > MAX_EXPANDED) {
						throw new Unreadable("the spreadsheet expands past " + MAX_EXPANDED / (1024 * 1024) + " MB", false);
					}
					if (wanted) {
						out.write(buffer, 0, read);
					}
				}
				if (wanted) {
					parts.put(entry.getName(), out.toByteArray());
				}
			}
		}
		catch (java.io.EOFException | java.util.zip.ZipException ex) {
			throw new Unreadable("the spreadsheet breaks off inside a part", true);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new Unreadable("the spreadsheet cannot be read as a zip file", false);
		}
		return parts;
	}

	private static List<String> sharedStrings(byte[] xml) throws Unreadable {
		List<String> strings = new ArrayList<>();
		try {
			XMLStreamReader reader = reader(xml);
			StringBuilder current = null;
			boolean inText = false;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					if (reader.getLocalName().equals("si")) {
						current = new StringBuilder();
					}
					inText = reader.getLocalName().equals("t");
				}
				else if (event == XMLStreamConstants.CHARACTERS && inText && current != null) {
					current.append(reader.getText());
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					if (reader.getLocalName().equals("si") && current != null) {
						strings.add(current.toString());
						current = null;
					}
					inText = false;
				}
				if (strings.size() > MAX_ROWS * MAX_COLUMNS) {
					throw new Unreadable("too many strings in the spreadsheet", false);
				}
			}
		}
		catch (XMLStreamException | RuntimeException ex) {
			throw new Unreadable("the spreadsheet's strings are not well-formed XML", false);
		}
		return strings;
	}

	private static List<List<String>> sheet(byte[] xml, List<String> shared) throws Unreadable {
		TreeMap<Integer, TreeMap<Integer, String>> cells = new TreeMap<>();
		try {
			XMLStreamReader reader = reader(xml);
			String reference = null;
			String type = null;
			StringBuilder value = null;
			int rowNumber = 0;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (reader.getLocalName()) {
						case "row" -> {
							String r = reader.getAttributeValue(null, "r");
							rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
							if (rowNumber < 1 || rowNumber > MAX_ROWS) {
								throw new Unreadable("more than " + MAX_ROWS + " rows in the sheet", false);
							}
						}
						case "c" -> {
							reference = reader.getAttributeValue(null, "r");
							type = reader.getAttributeValue(null, "t");
							value = new StringBuilder();
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.CHARACTERS && value != null) {
					value.append(reader.getText());
				}
				else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("c") && value != null) {
					int column = column(reference);
					String text = value.toString();
					if ("s".equals(type)) {
						int index = Integer.parseInt(text.strip());
						if (index < 0 || index >= shared.size()) {
							throw new Unreadable("a cell refers to a string the spreadsheet does not hold", false);
						}
						text = shared.get(index);
					}
					cells.computeIfAbsent(rowNumber, r -> new TreeMap<>()).put(column, text);
					value = null;
				}
			}
		}
		catch (XMLStreamException | RuntimeException ex) {
			throw new Unreadable("the worksheet is not well-formed", false);
		}
		List<List<String>> rows = new ArrayList<>();
		int last = cells.isEmpty() ? 0 : cells.lastKey();
		for (int r = 1; r <= last; r++) {
			TreeMap<Integer, String> row = cells.getOrDefault(r, new TreeMap<>());
			List<String> values = new ArrayList<>();
			int width = row.isEmpty() ? 0 : row.lastKey() + 1;
			for (int c = 0; c < width; c++) {
				values.add(row.getOrDefault(c, ""));
			}
			rows.add(values);
		}
		return rows;
	}

	/** The zero-based column of a reference such as {@code C12}. */
	private static int column(String reference) {
		if (reference == null) {
			throw new IllegalArgumentException("cell without reference");
		}
		int column = 0;
		int i = 0;
		while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
			column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
			i++;
			if (column > MAX_COLUMNS) {
				throw new IllegalArgumentException("column past the limit");
			}
		}
		if (column == 0) {
			throw new IllegalArgumentException("cell reference without column");
		}
		return column - 1;
	}

	private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		InputStream in = new ByteArrayInputStream(xml);
		return factory.createXMLStreamReader(in);
	}

}
