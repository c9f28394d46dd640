package org.vigil.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vigil.directory.AuthorityKind;
import org.vigil.directory.ChannelKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The starting directory a server loads: readable as an import, unverified, and never a guessed email or fax. */
class ShippedDirectoryTests {

	private static List<DirectoryCsv.Row> rows() {
		DirectoryCsv.Read read = DirectoryCsv.read(DirectoryStartingData.shipped(), LocalDate.of(2026, 12, 1));
		assertThat(read.problem()).as("the shipped file is refused").isNull();
		return read.rows();
	}

	@Test
	void theShippedFileReadsAsAnImportWithoutAProblem() {
		assertThat(rows()).hasSizeGreaterThan(80);
	}

	@Test
	void everyShippedEntryIsUnverified() {
		assertThat(rows()).allSatisfy(row -> assertThat(row.checkedOn()).isNull());
	}

	@Test
	void noShippedEntryHasAnEmailAddressOrAFaxNumber() {
		assertThat(rows()).flatExtracting(row -> row.draft().channels())
			.extracting(AuthorityDraft.ChannelDraft::kind)
			.doesNotContain(ChannelKind.EMAIL, ChannelKind.FAX);
	}

	@Test
	void thePresidentOfChinaIsReachedByPostAtZhongnanhai() {
		AuthorityDraft president = rows().stream().map(DirectoryCsv.Row::draft)
			.filter(d -> d.country().equals("CN") && d.kind() == AuthorityKind.HEAD_OF_STATE)
			.findFirst().orElseThrow();
		assertThat(president.title()).isEqualTo("President of the People's Republic of China");
		assertThat(president.body()).isEqualTo("General Office of the Central Committee of the Communist Party of China");
		assertThat(president.channels()).singleElement().satisfies(postal -> {
			assertThat(postal.kind()).isEqualTo(ChannelKind.POSTAL);
			assertThat(postal.value()).contains("Zhongnanhai", "Xicheng District", "Beijing 100017");
		});
		assertThat(president.formsOfAddress()).extracting(f -> f.language()).containsExactlyInAnyOrder("en", "ko", "zh");
	}

	@Test
	void eachStateTheOrganisationWorksOnHasAHeadAndAForeignMinister() {
		assertEachHasAHeadAndAForeignMinister(Set.of("CN", "KP", "KR", "JP", "RU", "MN", "VN", "LA", "TH", "KH", "MM", "MY", "ID", "PH",
				"TR", "IR", "AF", "ER"));
	}

	/* The states the generated cases are held in or fear return to (the bench's routes): each case gets its letter. */
	@Test
	void eachOtherStateOnTheRoutesHasAHeadAndAForeignMinister() {
		assertEachHasAHeadAndAForeignMinister(Set.of("AE", "EG", "PK", "LB", "SY", "JO", "SA", "YE", "LY", "SD", "ET", "TZ", "BI", "IN",
				"BD", "NP", "KZ", "KG", "UZ", "GR", "MX", "HN"));
	}

	@Test
	void aKingIsAddressedAsHisMajesty() {
		AuthorityDraft king = rows().stream().map(DirectoryCsv.Row::draft)
			.filter(d -> d.country().equals("SA") && d.kind() == AuthorityKind.HEAD_OF_STATE)
			.findFirst().orElseThrow();
		assertThat(king.formsOfAddress()).filteredOn(f -> f.language().equals("en")).singleElement()
			.satisfies(f -> assertThat(f.salutation()).isEqualTo("Your Majesty,"));
	}

	private static void assertEachHasAHeadAndAForeignMinister(Set<String> states) {
		for (String state : states) {
			Set<AuthorityKind> kinds = rows().stream().map(DirectoryCsv.Row::draft).filter(d -> d.country().equals(state))
				.map(AuthorityDraft::kind).collect(Collectors.toSet());
			assertThat(kinds).as(state).containsAnyOf(AuthorityKind.HEAD_OF_STATE, AuthorityKind.HEAD_OF_GOVERNMENT)
				.contains(AuthorityKind.MINISTRY_OF_FOREIGN_AFFAIRS);
		}
	}

}
