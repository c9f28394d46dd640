package org.vigil.directory.internal;

import java.time.LocalDate;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An imported directory file comes from outside. Whatever the bytes, reading it answers either
 * rows that pass every check an edit would pass, or a problem naming a line of the file and a
 * reason — never an exception.
 */
class DirectoryImportFuzzTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@FuzzTest(maxDuration = "60s")
	void anyFileIsReadOrRefusedWithALineAndAReason(byte[] file) {
		DirectoryCsv.Read read = DirectoryCsv.read(file, TODAY);
		if (read.problem() != null) {
			assertThat(read.problem().line()).isPositive();
			assertThat(read.problem().reason().messageKey()).startsWith("refusal.DIRECTORY_");
			assertThat(read.rows()).isEmpty();
		}
		else {
			assertThat(read.rows()).isNotEmpty().allSatisfy(row -> assertThat(AuthorityChecks.check(row.draft(), TODAY)).isEmpty());
		}
	}

}
