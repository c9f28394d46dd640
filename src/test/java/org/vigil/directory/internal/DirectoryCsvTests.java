package org.vigil.directory.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.directory.Authority;
import org.vigil.directory.AuthorityKind;
import org.vigil.directory.ChannelKind;
import org.vigil.directory.ContactChannel;
import org.vigil.directory.FormOfAddress;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryCsvTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private static final String HEADER = String.join(",", DirectoryCsv.header(Set.of("en", "zh")));

	/** A line of the file: the values in header order, blank where not given. */
	private static String line(String country, String kind, String title, String postal, String postalAsOf, String salutationZh) {
		List<String> values = new java.util.ArrayList<>(java.util.Collections.nCopies(DirectoryCsv.header(Set.of("en", "zh")).size(), ""));
		List<String> header = DirectoryCsv.header(Set.of("en", "zh"));
		values.set(header.indexOf("country"), country);
		values.set(header.indexOf("kind"), kind);
		values.set(header.indexOf("title"), title);
		values.set(header.indexOf("postal"), postal);
		values.set(header.indexOf("postal_as_of"), postalAsOf);
		values.set(header.indexOf("postal_source"), postal.isEmpty() ? "" : "a stored page");
		values.set(header.indexOf("salutation_zh"), salutationZh);
		return CsvText.line(values);
	}

	private static DirectoryCsv.Read read(String text) {
		return DirectoryCsv.read(text.getBytes(StandardCharsets.UTF_8), TODAY);
	}

	@Test
	void anExportReadsBackAsTheSameEntries() {
		Authority president = new Authority(UUID.randomUUID(), "CN", AuthorityKind.HEAD_OF_STATE, "Xi Jinping",
				"President of the People's Republic of China", "General Office, \"Zhongnanhai\"", null, List.of("zh", "en"),
				List.of(new FormOfAddress("en", "Your Excellency,", "H.E. Mr Xi Jinping"), new FormOfAddress("zh", "尊敬的习近平主席阁下：", null)),
				List.of(new ContactChannel(ChannelKind.POSTAL, "Zhongnanhai\nXicheng District\nBeijing 100017", LocalDate.of(2026, 11, 2),
						"the organisation's letters", false), new ContactChannel(ChannelKind.FAX, "+86 10 1234 5678", LocalDate.of(2026, 11, 2),
								"a reply received", false)),
				"alice", LocalDate.of(2026, 11, 3), false, 4);
		DirectoryCsv.Read read = read(DirectoryCsv.write(List.of(president)));
		assertThat(read.problem()).isNull();
		DirectoryCsv.Row row = read.rows().get(0);
		assertThat(row.id()).isEqualTo(president.id());
		assertThat(row.draft().body()).isEqualTo("General Office, \"Zhongnanhai\"");
		assertThat(row.draft().formsOfAddress()).containsExactlyInAnyOrderElementsOf(president.formsOfAddress());
		assertThat(row.draft().channels()).extracting(AuthorityDraft.ChannelDraft::value)
			.containsExactly("Zhongnanhai\nXicheng District\nBeijing 100017", "+86 10 1234 5678");
		assertThat(row.checkedBy()).isEqualTo("alice");
		assertThat(row.checkedOn()).isEqualTo(LocalDate.of(2026, 11, 3));
	}

	@Test
	void aLineWithABadValueIsRefusedWithItsLineColumnAndReason() {
		String file = HEADER + "\r\n" + line("CN", "HEAD_OF_STATE", "President", "Zhongnanhai\nBeijing", "2026-11-01", "尊敬的主席阁下：")
				+ line("CN", "MINISTRY_OF_JUSTICE", "Minister of Justice", "", "", "") + line("CN", "MINISTRY_OF_MAGIC", "Minister", "", "", "");
		DirectoryCsv.Problem problem = read(file).problem();
		assertThat(problem.line()).as("the header, a two-line quoted address, then line 4 and line 5").isEqualTo(5);
		assertThat(problem.column()).isEqualTo("kind");
		assertThat(problem.reason().rule()).isEqualTo(DirectoryRefusal.DIRECTORY_NOT_OFFERED);
		assertThat(problem.refusal().arguments()).containsExactly(5, "kind");
	}

	@Test
	void aChannelWithoutItsAsOfDateIsRefusedOnThatColumn() {
		DirectoryCsv.Problem problem = read(HEADER + "\n" + line("CN", "OTHER", "Office", "Beijing", "", "")).problem();
		assertThat(problem.line()).isEqualTo(2);
		assertThat(problem.column()).isEqualTo("postal_as_of");
	}

	@Test
	void aDateWrittenAnotherWayIsRefused() {
		DirectoryCsv.Problem problem = read(HEADER + "\n" + line("CN", "OTHER", "Office", "Beijing", "01/11/2026", "")).problem();
		assertThat(problem.column()).isEqualTo("postal_as_of");
		assertThat(problem.reason().rule()).isEqualTo(DirectoryRefusal.DIRECTORY_CSV_DATE);
	}

	@Test
	void anUnclosedQuoteIsRefusedAtTheLineWhereTheValueStarts() {
		DirectoryCsv.Problem problem = read(HEADER + "\n" + line("CN", "OTHER", "Office", "", "", "") + "x,\"CN,OTHER\n\n").problem();
		assertThat(problem.line()).isEqualTo(3);
		assertThat(problem.reason().rule()).isEqualTo(DirectoryRefusal.DIRECTORY_CSV_QUOTE);
	}

	@Test
	void aLineWithTooFewValuesIsRefused() {
		DirectoryCsv.Problem problem = read(HEADER + "\n,CN,OTHER,,Office\n").problem();
		assertThat(problem.line()).isEqualTo(2);
		assertThat(problem.reason().rule()).isEqualTo(DirectoryRefusal.DIRECTORY_CSV_WIDTH);
	}

	@Test
	void aHeaderWithAnUnknownOrMissingColumnIsRefused() {
		assertThat(read(HEADER + ",fax_2\n").problem().reason().rule()).isEqualTo(DirectoryRefusal.DIRECTORY_CSV_UNKNOWN_COLUMN);
		assertThat(read(HEADER.replace("email_source,", "") + "\n").problem().column()).isEqualTo("email_source");
		assertThat(read(HEADER.replace(",address_line_zh", "") + "\n").problem().column()).isEqualTo("address_line_zh");
	}

	@Test
	void aFileThatIsNotUtf8IsRefused() {
		assertThat(DirectoryCsv.read(new byte[] { 'i', 'd', (byte) 0xC3, 0x28 }, TODAY).problem().reason().rule())
			.isEqualTo(DirectoryRefusal.DIRECTORY_CSV_ENCODING);
	}

	@Test
	void theSameIdOnTwoLinesIsRefused() {
		String id = UUID.randomUUID().toString();
		String file = HEADER + "\n" + id + line("CN", "OTHER", "Office", "", "", "") + id + line("CN", "OTHER", "Office 2", "", "", "");
		DirectoryCsv.Problem problem = read(file).problem();
		assertThat(problem.line()).isEqualTo(3);
		assertThat(problem.column()).isEqualTo("id");
	}

	@Test
	void aHeaderAloneHoldsNoEntryAndIsRefused() {
		assertThat(read(HEADER + "\n").problem().reason().rule()).isEqualTo(DirectoryRefusal.DIRECTORY_CSV_ROWS);
	}

}
