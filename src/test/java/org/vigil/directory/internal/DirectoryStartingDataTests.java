package org.vigil.directory.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.directory.AuthorityDirectory;
import org.vigil.directory.AuthorityKind;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A server started on an empty directory holds the shipped file's entries, as they are in the file. */
class DirectoryStartingDataTests extends WebIntegrationTest {

	@Autowired
	DirectoryStartingData startingData;

	@Autowired
	AuthorityDirectory directory;

	private static List<DirectoryCsv.Row> shipped() {
		return DirectoryCsv.read(DirectoryStartingData.shipped(), java.time.LocalDate.now()).rows();
	}

	@Test
	void aServingServerHoldsEveryEntryOfTheShippedFileUnderItsId() {
		Set<UUID> held = Set.copyOf(jdbc.queryForList("select id from directory_authorities", UUID.class));
		assertThat(held).containsAll(shipped().stream().map(DirectoryCsv.Row::id).toList());
	}

	@Test
	void theEntriesOfAStateTheShippedFileCoversAreTheDirectorysEntriesForIt() {
		List<String> kenya = shipped().stream().filter(row -> row.draft().country().equals("KE")).map(row -> row.draft().title()).toList();
		assertThat(kenya).hasSizeGreaterThanOrEqualTo(4);
		assertThat(directory.ofCountry("KE")).extracting(a -> a.title()).containsAll(kenya);
		assertThat(directory.ofCountry("KE")).filteredOn(a -> a.kind() == AuthorityKind.HEAD_OF_STATE).singleElement()
			.satisfies(president -> assertThat(president.verified()).isFalse());
	}

	@Test
	void loadingAgainOnADirectoryThatHoldsEntriesAddsNothing() {
		int before = jdbc.queryForObject("select count(*) from directory_authorities", Integer.class);
		startingData.load();
		assertThat(jdbc.queryForObject("select count(*) from directory_authorities", Integer.class)).isEqualTo(before);
	}

}
