package org.vigil.law.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.vigil.law.ConsentWay;
import org.vigil.law.InstrumentCode;
import org.vigil.law.ParticipationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The importers on sample files in the published layouts, and on files of other kinds, cut short or foreign. */
class StatusFilesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private final StatusFiles files = StatusFiles.shipped();

	static byte[] sample(String name) {
		try (InputStream in = StatusFilesTests.class.getResourceAsStream(name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private StatusTable read(String name) {
		StatusTable.Reading reading = files.read(sample(name), TODAY);
		assertThat(reading.refusal()).isNull();
		return reading.table();
	}

	private static StatusTable.Row row(StatusTable table, String state) {
		return table.rows().stream().filter(r -> r.state().equals(state)).findFirst().orElseThrow();
	}

	@Test
	void theTreatyCollectionPageNamesItsTreatyByItsChapterAndNumber() {
		StatusTable table = read("untc-cat-status.html");
		assertThat(table.instrument()).isEqualTo(InstrumentCode.CAT);
		assertThat(table.format()).isEqualTo(StatusTable.Format.UNTC_HTML);
		assertThat(table.rows()).hasSize(195);
	}

	@Test
	void theTreatyCollectionPageGivesRatificationsAccessionsSuccessionsAndSignaturesWithTheirDates() {
		StatusTable table = read("untc-cat-status.html");
		assertThat(row(table, "CN")).usingRecursiveComparison().ignoringFields("reservations").isEqualTo(new StatusTable.Row("CN",
				ParticipationStatus.PARTY, ConsentWay.RATIFICATION, LocalDate.of(1988, 10, 4), LocalDate.of(1986, 12, 12)));
		assertThat(row(table, "AL")).isEqualTo(new StatusTable.Row("AL", ParticipationStatus.PARTY, ConsentWay.ACCESSION,
				LocalDate.of(1994, 5, 11), null, new StatusTable.Reservations(null, Set.of(), false)));
		assertThat(row(table, "BA").how()).isEqualTo(ConsentWay.SUCCESSION);
		assertThat(row(table, "IN")).isEqualTo(new StatusTable.Row("IN", ParticipationStatus.SIGNATORY, ConsentWay.SIGNATURE,
				LocalDate.of(1997, 10, 14), LocalDate.of(1997, 10, 14), new StatusTable.Reservations(null, Set.of(), null)));
		assertThat(row(table, "LA").date()).isEqualTo(LocalDate.of(2012, 9, 26));
		assertThat(row(table, "PS").status()).isEqualTo(ParticipationStatus.PARTY);
	}

	@Test
	void theTreatyCollectionPageGivesAReservationThatMattersWordForWordWithTheArticleItRestricts() {
		StatusTable.Reservations china = row(read("untc-cat-status.html"), "CN").reservations();
		assertThat(china.text()).isEqualTo("“(1) The Chinese Government does not recognize the competence of the Committee against Torture"
				+ " as provided for in article 20 of the Convention.”");
		assertThat(china.restricts()).containsExactly("20");
		assertThat(china.complaints()).as("no declaration under art. 22").isFalse();
	}

	@Test
	void aDeclarationUnderTheComplaintsArticleIsAnAcceptanceOfIndividualComplaintsNotARestriction() {
		StatusTable.Reservations algeria = row(read("untc-cat-status.html"), "DZ").reservations();
		assertThat(algeria).isEqualTo(new StatusTable.Reservations(null, Set.of(), true));
	}

	@Test
	void aReservationTheDepositaryNotesAsWithdrawnNoLongerRestrictsAndTheNoteIsQuoted() {
		StatusTable.Reservations afghanistan = row(read("untc-cat-status.html"), "AF").reservations();
		assertThat(afghanistan.restricts()).isEmpty();
		assertThat(afghanistan.text()).contains("article 20", "[Note 1: On 17 April 2018", "withdraw the reservations to articles 20");
	}

	@Test
	void declarationsOnArticlesThatDoNotMatterAndObjectionsOfOtherStatesAreLeftOut() {
		assertThat(row(read("untc-cat-status.html"), "AT").reservations()).isEqualTo(new StatusTable.Reservations(null, Set.of(), false));
	}

	@Test
	void theRefugeeConventionsGeographicalLimitationAndAReservationToArticle31AreRead() {
		StatusTable table = read("untc-refugee-status.html");
		assertThat(table.instrument()).isEqualTo(InstrumentCode.REFUGEE_1951);
		assertThat(row(table, "TR").reservations().restricts()).containsExactly(ObligationsEngine.GEOGRAPHICAL_LIMITATION);
		assertThat(row(table, "TR").reservations().text()).contains("events occurring in Europe");
		assertThat(row(table, "BW").reservations().restricts()).containsExactly("31");
		assertThat(row(table, "CN").reservations()).as("arts. 14 and 16(3) do not bear on return or detention")
			.isEqualTo(new StatusTable.Reservations(null, Set.of(), null));
	}

	@Test
	void aPageWithoutItsDeclarationsPartSaysNothingOfReservationsRatherThanThatThereAreNone() {
		String html = new String(sample("untc-cat-status.html"), StandardCharsets.UTF_8).replace("Declarations and Reservations", "Annex");
		StatusTable.Reading reading = files.read(html.getBytes(StandardCharsets.UTF_8), TODAY);
		assertThat(reading.table().rows()).allSatisfy(r -> assertThat(r.reservations()).isNull());
	}

	@Test
	void aStateTheTreatyCollectionDoesNotListIsNeitherSignatoryNorParty() {
		assertThat(row(read("untc-cat-status.html"), "KP").status()).isEqualTo(ParticipationStatus.NONE);
	}

	@Test
	void aTruncatedTreatyCollectionPageIsRefusedAsCutShort() {
		byte[] whole = sample("untc-cat-status.html");
		StatusTable.Reading reading = files.read(Arrays.copyOf(whole, whole.length / 2), TODAY);
		assertThat(reading.refusal().rule()).isEqualTo(LawRefusal.LAW_IMPORT_TRUNCATED);
	}

	@Test
	void aPageWhoseTableListsFewerPartiesThanItStatesIsRefusedAsCutShort() {
		String html = new String(sample("untc-cat-status.html"), StandardCharsets.UTF_8)
			.replace("<tr><td>Austria</td><td>14 Mar 1985</td><td>29 Jul 1987</td></tr>", "");
		StatusTable.Reading reading = files.read(html.getBytes(StandardCharsets.UTF_8), TODAY);
		assertThat(reading.refusal().rule()).isEqualTo(LawRefusal.LAW_IMPORT_TRUNCATED);
		assertThat(reading.refusal().arguments()).containsExactly("the table lists 12 parties where the page states 13");
	}

	@Test
	void anotherWebPageIsRefusedAsNotAStatusPage() {
		StatusTable.Reading reading = files.read("<html><body><p>News</p></body></html>".getBytes(StandardCharsets.UTF_8), TODAY);
		assertThat(reading.refusal().rule()).isEqualTo(LawRefusal.LAW_IMPORT_LAYOUT);
		assertThat(reading.refusal().field()).isEqualTo("file");
	}

	@Test
	void aStatusPageOfATreatyVigilDoesNotTrackIsRefused() {
		String html = new String(sample("untc-cat-status.html"), StandardCharsets.UTF_8).replace("IV-9", "XXVI-8");
		assertThat(files.read(html.getBytes(StandardCharsets.UTF_8), TODAY).refusal().arguments())
			.containsExactly("treaty XXVI-8 is not one Vigil tracks");
	}

	@Test
	void aRowWithoutADateWhereADateBelongsIsRefused() {
		String html = new String(sample("untc-cat-status.html"), StandardCharsets.UTF_8).replace("11 May 1994 a", "soon");
		assertThat(files.read(html.getBytes(StandardCharsets.UTF_8), TODAY).refusal().rule()).isEqualTo(LawRefusal.LAW_IMPORT_LAYOUT);
	}

	@Test
	void theOhchrExportNamesItsTreatyInItsTitleAndReadsTextAndSpreadsheetDates() {
		StatusTable table = read("ohchr-cat-status.xlsx");
		assertThat(table.instrument()).isEqualTo(InstrumentCode.CAT);
		assertThat(table.format()).isEqualTo(StatusTable.Format.OHCHR_XLSX);
		assertThat(row(table, "AL")).isEqualTo(new StatusTable.Row("AL", ParticipationStatus.PARTY, ConsentWay.ACCESSION,
				LocalDate.of(1994, 5, 11), null));
		assertThat(row(table, "CN").date()).isEqualTo(LocalDate.of(1988, 10, 4));
		assertThat(row(table, "TR").status()).isEqualTo(ParticipationStatus.PARTY);
		assertThat(row(table, "AO").status()).isEqualTo(ParticipationStatus.SIGNATORY);
		assertThat(table.untracked()).containsExactly("Cook Islands");
	}

	@Test
	void aTruncatedSpreadsheetIsRefusedAsCutShort() {
		byte[] whole = sample("ohchr-cat-status.xlsx");
		StatusTable.Reading reading = files.read(Arrays.copyOf(whole, whole.length - 30), TODAY);
		assertThat(reading.refusal().rule()).isEqualTo(LawRefusal.LAW_IMPORT_TRUNCATED);
	}

	@Test
	void aZipThatIsNoSpreadsheetIsRefused() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("hello".getBytes(StandardCharsets.UTF_8));
		}
		StatusTable.Reading reading = files.read(out.toByteArray(), TODAY);
		assertThat(reading.refusal().rule()).isEqualTo(LawRefusal.LAW_IMPORT_LAYOUT);
	}

	@Test
	void aFileOfAnotherKindIsRefusedWithTheReason() {
		StatusTable.Reading reading = files.read("%PDF-1.7 status of treaties".getBytes(StandardCharsets.UTF_8), TODAY);
		assertThat(reading.refusal().rule()).isEqualTo(LawRefusal.LAW_IMPORT_LAYOUT);
		assertThat(reading.refusal().arguments()).containsExactly("not an HTML page");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(files.read(new byte[0], TODAY).refusal().rule()).isEqualTo(LawRefusal.LAW_IMPORT_LAYOUT);
	}

	@Test
	void namesAreMatchedWithoutAccentsFootnotesOrOlderSpellings() {
		StateNames names = new StateNames(ShippedData.states());
		assertThat(names.code("Türkiye")).contains("TR");
		assertThat(names.code("Turkey")).contains("TR");
		assertThat(names.code("Cote d'Ivoire")).contains("CI");
		assertThat(names.code("China 4, 5")).contains("CN");
		assertThat(names.code("Cook Islands")).isEmpty();
	}

}
