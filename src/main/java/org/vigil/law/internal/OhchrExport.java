package org.vigil.law.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigil.law.InstrumentCode;
import org.vigil.law.ParticipationStatus;

/**
 * Reads OHCHR's ratification status export for one treaty, a spreadsheet (.xlsx) laid out as the
 * treaty body database's "Ratification Status" page: a title row "Ratification Status for CAT -
 * Convention against Torture …", then a header row Country | Signature Date | Ratification Date,
 * Accession(a), Succession(d) Date, one row per state, dates written "04 Feb 1985" with an "(a)" or
 * "(d)" after accessions and successions (or as spreadsheet dates). A file that breaks off is cut
 * short; a zip or spreadsheet of another shape is refused.
 */
final class OhchrExport {

	/** OHCHR's treaty abbreviations, as its exports name them. */
	static final Map<String, InstrumentCode> TREATIES = Map.ofEntries(Map.entry("CERD", InstrumentCode.ICERD),
			Map.entry("CCPR", InstrumentCode.ICCPR), Map.entry("CCPR-OP1", InstrumentCode.ICCPR_OP1),
			Map.entry("CCPR-OP2-DP", InstrumentCode.ICCPR_OP2), Map.entry("CESCR", InstrumentCode.ICESCR),
			Map.entry("CEDAW", InstrumentCode.CEDAW), Map.entry("CAT", InstrumentCode.CAT), Map.entry("CAT-OP", InstrumentCode.OPCAT),
			Map.entry("CRC", InstrumentCode.CRC), Map.entry("CMW", InstrumentCode.ICMW), Map.entry("CRPD", InstrumentCode.CRPD),
			Map.entry("CED", InstrumentCode.CED));

	private static final Pattern TITLE = Pattern.compile("Ratification Status for ([A-Z0-9-]+)\\s*-");

	/** Spreadsheet dates count days from 30 December 1899. */
	private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

	private final StateNames names;

	private final Iterable<String> tracked;

	OhchrExport(StateNames names, Iterable<String> tracked) {
		this.names = names;
		this.tracked = tracked;
	}

	StatusTable.Reading read(byte[] file, LocalDate today) {
		List<List<String>> rows;
		try {
			rows = XlsxSheet.rows(file);
		}
		catch (XlsxSheet.Unreadable ex) {
			return StatusTable.Reading.refused(ex.truncated() ? LawRefusal.LAW_IMPORT_TRUNCATED : LawRefusal.LAW_IMPORT_LAYOUT, ex.getMessage());
		}
		InstrumentCode instrument = null;
		int header = -1;
		for (int i = 0; i < rows.size() && header < 0; i++) {
			List<String> row = rows.get(i);
			if (instrument == null && !row.isEmpty()) {
				Matcher title = TITLE.matcher(String.join(" ", row));
				if (title.find()) {
					instrument = TREATIES.get(title.group(1));
					if (instrument == null) {
						return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT, "treaty " + title.group(1) + " is not one Vigil tracks");
					}
				}
			}
			if (!row.isEmpty() && row.get(0).strip().equalsIgnoreCase("Country")) {
				header = i;
			}
		}
		if (instrument == null) {
			return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT, "no title row 'Ratification Status for …' naming the treaty");
		}
		if (header < 0) {
			return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT, "no header row starting with Country");
		}
		int signature = column(rows.get(header), "signature");
		int consent = column(rows.get(header), "ratification");
		if (signature < 0 || consent < 0) {
			return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT, "the header lacks its Signature Date or Ratification Date column");
		}
		Map<String, StatusTable.Row> listed = new LinkedHashMap<>();
		List<String> untracked = new ArrayList<>();
		for (int i = header + 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			if (row.isEmpty() || row.get(0).isBlank()) {
				continue;
			}
			String name = row.get(0).strip();
			Optional<TreatyDates.Dated> signed;
			Optional<TreatyDates.Dated> joined;
			try {
				signed = date(cell(row, signature), today);
				joined = date(cell(row, consent), today);
			}
			catch (TreatyDates.NotADate ex) {
				return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT, "row " + (i + 1) + " holds '" + ex.getMessage() + "', not a date");
			}
			Optional<String> state = names.code(name);
			if (state.isEmpty()) {
				untracked.add(name.length() > 80 ? name.substring(0, 80) : name);
				continue;
			}
			if (listed.containsKey(state.get())) {
				return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT, name + " is listed twice");
			}
			listed.put(state.get(), UntcStatusPage.row(state.get(), signed, joined));
		}
		if (listed.isEmpty()) {
			return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_TRUNCATED, "the table lists no state");
		}
		List<StatusTable.Row> all = new ArrayList<>();
		for (String state : tracked) {
			all.add(listed.getOrDefault(state, new StatusTable.Row(state, ParticipationStatus.NONE, null, null, null)));
		}
		return StatusTable.Reading.of(new StatusTable(StatusTable.Format.OHCHR_XLSX, instrument, all, untracked));
	}

	/** A text date (with its suffix) or a spreadsheet date number (whose way of consent the file does not say). */
	private static Optional<TreatyDates.Dated> date(String cell, LocalDate today) {
		String text = cell.strip();
		if (text.matches("[0-9]{4,6}(\\.0+)?")) {
			LocalDate date = EPOCH.plusDays(Long.parseLong(text.replaceAll("\\..*", "")));
			if (date.isBefore(TreatyDates.EARLIEST) || date.isAfter(today)) {
				throw new TreatyDates.NotADate(text);
			}
			return Optional.of(new TreatyDates.Dated(date, null));
		}
		return TreatyDates.parse(text, today);
	}

	private static String cell(List<String> row, int column) {
		return column < row.size() ? row.get(column) : "";
	}

	private static int column(List<String> header, String word) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).toLowerCase(Locale.ROOT).contains(word)) {
				return i;
			}
		}
		return -1;
	}

}
