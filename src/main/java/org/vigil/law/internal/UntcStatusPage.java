package org.vigil.law.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.vigil.law.ConsentWay;
import org.vigil.law.Instrument;
import org.vigil.law.InstrumentCode;
import org.vigil.law.ParticipationStatus;

/**
 * Reads the UN Treaty Collection's status page of one treaty, as a browser saves it
 * ({@code treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-9&chapter=4}): the treaty
 * is named by its {@code mtdsg_no} (in the "saved from" mark, the form's action or a link), the page
 * states its counts ("Status: Signatories: 83. Parties: 174."), and the participants table has the
 * columns Participant, Signature, and Ratification/Accession(a)/Succession(d). A page that does not
 * end, or whose table lists fewer parties than it states, is cut short; any other shape is refused.
 */
final class UntcStatusPage {

	private static final Pattern TREATY = Pattern.compile("mtdsg_no=([IVXL]+-[0-9]+(?:-[a-z])?)", Pattern.CASE_INSENSITIVE);

	private static final Pattern PARTIES = Pattern.compile("Parties\\s*:\\s*([0-9]{1,4})");

	private final StateNames names;

	private final Map<String, Instrument> byDepositary = new HashMap<>();

	private final Iterable<String> tracked;

	private final UntcDeclarations declarations;

	UntcStatusPage(StateNames names, List<Instrument> instruments, Iterable<String> tracked) {
		this.names = names;
		instruments.forEach(i -> byDepositary.put(i.depositary().toUpperCase(Locale.ROOT), i));
		this.tracked = tracked;
		this.declarations = new UntcDeclarations(names);
	}

	StatusTable.Reading read(byte[] file, LocalDate today) {
		String head = new String(file, 0, Math.min(file.length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
		if (!head.contains("<html") && !head.contains("<!doctype html")) {
			return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT, "not an HTML page");
		}
		String html = new String(file, StandardCharsets.UTF_8);
		Matcher treaty = TREATY.matcher(html);
		if (!treaty.find()) {
			return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT,
					"not a UN Treaty Collection status page (no mtdsg_no naming the treaty)");
		}
		Instrument instrument = byDepositary.get(treaty.group(1).toUpperCase(Locale.ROOT));
		if (instrument == null) {
			return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT, "treaty " + treaty.group(1) + " is not one Vigil tracks");
		}
		String tail = html.substring(Math.max(0, html.length() - 2048)).toLowerCase(Locale.ROOT);
		if (!tail.contains("</html>")) {
			return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_TRUNCATED, "the page does not end with </html>");
		}
		Document page = Jsoup.parse(html);
		Optional<Map<String, StatusTable.Reservations>> reserved = declarations.read(page, instrument);
		page.select("sup").remove(); // footnote marks: "China<sup>4,5</sup>" is China
		Element table = participantsTable(page);
		if (table == null) {
			return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT, "no table with a Participant column");
		}
		Elements header = table.select("tr").first().select("td, th");
		int signature = column(header, "signature");
		int consent = Math.max(column(header, "ratification"), column(header, "accession"));
		if (signature < 0 || consent < 0) {
			return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT, "the participants table lacks its Signature or Ratification column");
		}
		Matcher stated = PARTIES.matcher(page.text());
		if (!stated.find()) {
			return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT, "no status line stating the number of parties");
		}
		Map<String, StatusTable.Row> rows = new LinkedHashMap<>();
		List<String> untracked = new ArrayList<>();
		int parties = 0;
		Elements lines = table.select("tr");
		for (int i = 1; i < lines.size(); i++) {
			Elements cells = lines.get(i).select("td, th");
			if (cells.size() <= Math.max(signature, consent)) {
				continue; // a spacer or note row
			}
			String name = cells.get(0).text().strip();
			Optional<TreatyDates.Dated> signed;
			Optional<TreatyDates.Dated> joined;
			try {
				signed = TreatyDates.parse(cells.get(signature).text(), today);
				joined = TreatyDates.parse(cells.get(consent).text(), today);
			}
			catch (TreatyDates.NotADate ex) {
				return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT, "row " + i + " holds '" + ex.getMessage() + "', not a date");
			}
			if (joined.isPresent()) {
				parties++;
			}
			Optional<String> state = names.code(name);
			if (state.isEmpty()) {
				if (!name.isEmpty()) {
					untracked.add(name.length() > 80 ? name.substring(0, 80) : name);
				}
				continue;
			}
			if (rows.containsKey(state.get())) {
				return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT, name + " is listed twice");
			}
			rows.put(state.get(), row(state.get(), signed, joined));
		}
		int statedParties = Integer.parseInt(stated.group(1));
		if (parties < statedParties) {
			return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_TRUNCATED,
					"the table lists " + parties + " parties where the page states " + statedParties);
		}
		if (parties > statedParties) {
			return StatusTable.Reading.refused(LawRefusal.LAW_IMPORT_LAYOUT,
					"the table lists " + parties + " parties where the page states " + statedParties);
		}
		if (reserved.isPresent()) {
			rows.replaceAll((state, row) -> withReservations(row, instrument, reserved.get().get(state)));
		}
		return StatusTable.Reading.of(new StatusTable(StatusTable.Format.UNTC_HTML, instrument.code(), complete(rows), untracked));
	}

	/** Every tracked state: those the file lists as it lists them, the others as neither signatory nor party. */
	private List<StatusTable.Row> complete(Map<String, StatusTable.Row> listed) {
		List<StatusTable.Row> all = new ArrayList<>();
		for (String state : tracked) {
			all.add(listed.getOrDefault(state, new StatusTable.Row(state, ParticipationStatus.NONE, null, null, null)));
		}
		return all;
	}

	static StatusTable.Row row(String state, Optional<TreatyDates.Dated> signed, Optional<TreatyDates.Dated> joined) {
		if (joined.isPresent()) {
			return new StatusTable.Row(state, ParticipationStatus.PARTY, joined.get().how(), joined.get().date(),
					signed.map(TreatyDates.Dated::date).orElse(null));
		}
		if (signed.isPresent()) {
			return new StatusTable.Row(state, ParticipationStatus.SIGNATORY, ConsentWay.SIGNATURE, signed.get().date(), signed.get().date());
		}
		return new StatusTable.Row(state, ParticipationStatus.NONE, null, null, null);
	}

	/**
	 * The row with what the page's declarations say of the state: the sentences that matter and, for a
	 * party to an instrument whose complaints procedure takes a declaration, whether it made one (a
	 * party the declarations do not name made none). A state that is neither party nor signatory keeps none.
	 */
	static StatusTable.Row withReservations(StatusTable.Row row, Instrument instrument, StatusTable.Reservations declared) {
		if (row.status() == ParticipationStatus.NONE) {
			return row;
		}
		boolean optIn = instrument.complaintsArticle() != null && instrument.code() != InstrumentCode.ICCPR_OP1;
		Boolean complaints = optIn && row.status() == ParticipationStatus.PARTY
				? declared != null && Boolean.TRUE.equals(declared.complaints()) : null;
		return new StatusTable.Row(row.state(), row.status(), row.how(), row.date(), row.signed(),
				new StatusTable.Reservations(declared == null ? null : declared.text(), declared == null ? null : declared.restricts(),
						complaints));
	}

	private static Element participantsTable(Document page) {
		for (Element table : page.select("table")) {
			Element first = table.select("tr").first();
			if (first != null && !first.select("td, th").isEmpty()
					&& first.select("td, th").first().text().strip().equalsIgnoreCase("Participant")) {
				return table;
			}
		}
		return null;
	}

	private static int column(Elements header, String word) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).text().toLowerCase(Locale.ROOT).contains(word)) {
				return i;
			}
		}
		return -1;
	}

}
