package org.vigil.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vigil.directory.AuthorityKind;
import org.vigil.directory.ChannelKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The starting directory a server loads: readable as an import, unverified, and never a guessed email or fax. */
class ShippedDirectoryTests {

	private static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

	private static List<DirectoryCsv.Row> rows() {
		DirectoryCsv.Read read = DirectoryCsv.read(DirectoryStartingData.shipped(), LocalDate.of(2026, 12, 1));
		assertThat(read.problem()).as("the shipped file is refused").isNull();
		return read.rows();
	}

	@Test
	void theShippedFileReadsAsAnImportWithoutAProblem() {
		assertThat(rows()).hasSizeGreaterThan(800);
	}

	@Test
	void everyShippedEntryIsUnverified() {
		assertThat(rows()).allSatisfy(row -> {
			assertThat(row.checkedBy()).as(row.draft().title()).isNull();
			assertThat(row.checkedOn()).as(row.draft().title()).isNull();
		});
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

	/* Every state of the shipped law data gets a letter: someone to address and a foreign ministry for the copy. */
	@Test
	void everyStateOfTheShippedLawDataHasAHeadOfStateOrGovernmentAndAForeignMinister() {
		Map<String, Set<AuthorityKind>> kinds = rows().stream().map(DirectoryCsv.Row::draft)
			.collect(Collectors.groupingBy(AuthorityDraft::country, Collectors.mapping(AuthorityDraft::kind, Collectors.toSet())));
		List<String> states = lawStates();
		assertThat(states).hasSize(195);
		assertThat(states).allSatisfy(state -> assertThat(kinds.getOrDefault(state, Set.of())).as(state)
			.containsAnyOf(AuthorityKind.HEAD_OF_STATE, AuthorityKind.HEAD_OF_GOVERNMENT)
			.contains(AuthorityKind.MINISTRY_OF_FOREIGN_AFFAIRS));
		assertThat(kinds.keySet()).as("states the law data does not hold").isSubsetOf(states);
	}

	@Test
	void noTwoShippedEntriesShareAnId() {
		List<UUID> ids = rows().stream().map(DirectoryCsv.Row::id).toList();
		assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
	}

	/* A rebuild of the file keeps the ids an import already made, or a server would hold each entry twice. */
	@Test
	void anEntrysIdFollowsFromItsStateKindAndTitle() {
		UUID namespace = nameBased(NAMESPACE_URL, "https://vigil.invalid/directory");
		assertThat(rows()).allSatisfy(row -> assertThat(row.id()).as(row.draft().title())
			.isEqualTo(nameBased(namespace, row.draft().country() + ":" + row.draft().kind() + ":" + row.draft().title())));
	}

	@Test
	void aKingIsAddressedAsHisMajesty() {
		AuthorityDraft king = rows().stream().map(DirectoryCsv.Row::draft)
			.filter(d -> d.country().equals("SA") && d.kind() == AuthorityKind.HEAD_OF_STATE)
			.findFirst().orElseThrow();
		assertThat(king.formsOfAddress()).filteredOn(f -> f.language().equals("en")).singleElement()
			.satisfies(f -> assertThat(f.salutation()).isEqualTo("Your Majesty,"));
	}

	private static List<String> lawStates() {
		try (InputStream in = ShippedDirectoryTests.class.getResourceAsStream("/law/states.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\t")[0]).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A UUID of version 5 (RFC 9562), as Python's {@code uuid.uuid5}. */
	private static UUID nameBased(UUID namespace, String name) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits()).array());
			ByteBuffer hash = ByteBuffer.wrap(sha1.digest(name.getBytes(StandardCharsets.UTF_8)));
			long high = (hash.getLong() & ~0xF000L) | 0x5000L;
			long low = (hash.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
			return new UUID(high, low);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
