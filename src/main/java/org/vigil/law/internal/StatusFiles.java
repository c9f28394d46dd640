package org.vigil.law.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.vigil.law.Instrument;

/**
 * Tells which layout an uploaded status table is in and reads it: a spreadsheet is read as OHCHR's
 * export, anything else as the UN Treaty Collection's page (which refuses what is not one). Nothing
 * is stored here; a file refused is refused with its reason.
 */
final class StatusFiles {

	/** The largest file an import takes: a treaty's status page is about half a megabyte. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	private final UntcStatusPage untc;

	private final OhchrExport ohchr;

	StatusFiles(Map<String, String> states, List<Instrument> instruments) {
		StateNames names = new StateNames(states);
		List<String> tracked = List.copyOf(states.keySet());
		this.untc = new UntcStatusPage(names, instruments, tracked);
		this.ohchr = new OhchrExport(names, tracked);
	}

	/** Vigil's own shipped states and instruments. */
	static StatusFiles shipped() {
		return new StatusFiles(ShippedData.states(), ShippedData.instruments());
	}

	StatusTable.Reading read(byte[] file, LocalDate today) {
		if (file == null || file.length == 0) {
			return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT, "the file is empty");
		}
		if (file.length > MAX_BYTES) {
			return new StatusTable.Reading(null,
					org.vigil.platform.Refusal.onField(LawRefusal.LAW_IMPORT_TOO_LARGE, "file", MAX_BYTES / (1024 * 1024)));
		}
		return XlsxSheet.looksLikeZip(file) ? ohchr.read(file, today) : untc.read(file, today);
	}

}
