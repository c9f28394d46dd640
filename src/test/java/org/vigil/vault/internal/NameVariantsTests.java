package org.vigil.vault.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameVariantsTests {

	@Test
	void caseWhitespaceAndPunctuationDoNotMatter() {
		assertThat(NameVariants.of("  KIM   Chol-su ")).contains("kim chol su");
		assertThat(NameVariants.of("kim chol su")).contains("kim chol su");
	}

	@Test
	void namePartsInEitherOrderShareAVariant() {
		assertThat(NameVariants.of("Kim Chol")).containsAnyElementsOf(NameVariants.of("Chol Kim"));
	}

	@Test
	void latinDiacriticsAreRemovedInOneVariant() {
		assertThat(NameVariants.of("José Álvarez Nuñez")).contains("josé álvarez nuñez", "jose alvarez nunez");
		assertThat(NameVariants.of("Łukasz Øster")).contains("lukasz oster");
		assertThat(NameVariants.of("Straße")).contains("strasse");
	}

	@Test
	void fullWidthFormsAreFolded() {
		assertThat(NameVariants.of("ＫＩＭ　Ｃｈｏｌ")).contains("kim chol");
	}

	@Test
	void hangulAndHanAreKeptWhole() {
		assertThat(NameVariants.of("김철수")).containsExactly("김철수");
		assertThat(NameVariants.of("金 哲秀")).contains("金 哲秀");
	}

	@Test
	void differentNamesStayApart() {
		assertThat(NameVariants.of("Kim Chol")).doesNotContainAnyElementsOf(NameVariants.of("Kim Chul"));
	}

	@Test
	void aBlankNameHasNoVariants() {
		assertThat(NameVariants.of("  ")).isEmpty();
		assertThat(NameVariants.of(null)).isEmpty();
		assertThat(NameVariants.of(" - ")).isEmpty();
	}

}
