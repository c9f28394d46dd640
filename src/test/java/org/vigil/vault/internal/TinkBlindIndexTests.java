package org.vigil.vault.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.platform.VigilProperties;

class TinkBlindIndexTests {

	@TempDir
	Path home;

	@TempDir
	Path otherHome;

	private TinkBlindIndex index(Path home) throws Exception {
		return new TinkBlindIndex(new VigilProperties(home, ""));
	}

	@Test
	void theSamePersonWrittenDifferentlySharesAToken() throws Exception {
		TinkBlindIndex index = index(home);
		assertThat(index.of("Kim Chol")).containsAnyElementsOf(index.of("chol  KIM"));
		assertThat(index.of("José Álvarez")).containsAnyElementsOf(index.of("JOSE ALVAREZ"));
		assertThat(index.of("Kim Chol")).allSatisfy(token -> assertThat(token).hasSize(64).matches("[0-9a-f]+"));
	}

	@Test
	void differentNamesShareNoToken() throws Exception {
		TinkBlindIndex index = index(home);
		assertThat(index.of("Kim Chol")).doesNotContainAnyElementsOf(index.of("Kim Chul"));
	}

	@Test
	void tokensAreStableAcrossRestarts() throws Exception {
		assertThat(index(home).of("Ri Myong")).isEqualTo(index(home).of("Ri Myong"));
	}

	@Test
	void tokensDependOnTheSecretKeySoTheyCannotBeGuessedFromAListOfNames() throws Exception {
		assertThat(index(home).of("Kim Chol")).doesNotContainAnyElementsOf(index(otherHome).of("Kim Chol"));
		String unkeyed = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("kim chol".getBytes(StandardCharsets.UTF_8)));
		assertThat(index(home).of("Kim Chol")).doesNotContain(unkeyed);
	}

	@Test
	void aBlankNameHasNoTokens() throws Exception {
		assertThat(index(home).of(" ")).isEmpty();
	}

}
