package org.vigil.law.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.vigil.law.ParticipationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator uploads whatever file they were given. Whatever its bytes, each importer answers a
 * status table covering every tracked state — parties and signatories with a date on or before today
 * — or a refusal naming its rule and the reason, never anything else.
 */
class StatusFilesFuzzTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private static final StatusFiles FILES = StatusFiles.shipped();

	@FuzzTest
	void anyTreatyCollectionPageIsReadOrRefusedWithAReason(byte[] file) {
		check(FILES.read(file, TODAY));
	}

	@FuzzTest
	void anySpreadsheetIsReadOrRefusedWithAReason(byte[] file) {
		// Spreadsheets are zip files: give the fuzzer the zip magic so it explores the reader behind it.
		byte[] zip = new byte[file.length + 4];
		zip[0] = 'P';
		zip[1] = 'K';
		zip[2] = 3;
		zip[3] = 4;
		System.arraycopy(file, 0, zip, 4, file.length);
		check(FILES.read(file.length >= 4 && XlsxSheet.looksLikeZip(file) ? file : zip, TODAY));
	}

	private static final String CAT_PAGE = new String(StatusFilesTests.sample("untc-cat-status.html"), StandardCharsets.UTF_8);

	/** Whatever a state's declarations say, the reading keeps within bounds: short quotes, articles that matter, complaints only for parties. */
	@FuzzTest
	void anyDeclarationsAreReadWithinTheirBounds(String declarations) {
		String page = CAT_PAGE.replace("<p><u><b>Austria</b></u></p>\n  <p>1. Austria will establish", "<p><u><b>Austria</b></u></p>\n  <p>"
				+ declarations + "</p><p>1. Austria will establish");
		assertThat(page).as("the sample still has Austria's declaration to put the input in").isNotEqualTo(CAT_PAGE);
		check(FILES.read(page.getBytes(StandardCharsets.UTF_8), TODAY));
	}

	private static void check(StatusTable.Reading reading) {
		if (reading.ok()) {
			assertThat(reading.table().rows()).hasSize(195);
			assertThat(reading.table().rows()).allSatisfy(row -> {
				if (row.status() != ParticipationStatus.NONE) {
					assertThat(row.date()).isNotNull().isBeforeOrEqualTo(TODAY);
				}
				StatusTable.Reservations reserved = row.reservations();
				if (reserved != null) {
					assertThat(row.status()).isNotEqualTo(ParticipationStatus.NONE);
					assertThat(reserved.text() == null ? "" : reserved.text()).hasSizeLessThanOrEqualTo(UntcDeclarations.MAX_TEXT);
					assertThat(String.join(",", reserved.restricts())).hasSizeLessThanOrEqualTo(200);
					if (reserved.complaints() != null) {
						assertThat(row.status()).isEqualTo(ParticipationStatus.PARTY);
					}
				}
			});
		}
		else {
			assertThat(reading.refusal().rule()).isInstanceOf(LawRefusal.class);
			assertThat(reading.refusal().arguments()).singleElement().asString().isNotBlank();
		}
	}

}
