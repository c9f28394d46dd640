package org.vigil.vault.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.util.FileSystemUtils;
import org.vigil.platform.VigilProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names come from researchers, imports and search boxes in any script; normalising them and
 * computing their blind-index tokens must never fail, and must give one token per variant.
 */
class NameVariantsFuzzTests {

	private static Path home;

	private static TinkBlindIndex index;

	@BeforeAll
	static void key() throws Exception {
		home = Files.createTempDirectory("vigil-fuzz-home");
		index = new TinkBlindIndex(new VigilProperties(home, ""));
	}

	@AfterAll
	static void removeKey() {
		FileSystemUtils.deleteRecursively(home.toFile());
	}

	@FuzzTest
	void anyNameGivesCleanVariantsAndOneTokenEach(byte[] input) {
		String name = new String(input, StandardCharsets.UTF_8);
		List<String> variants = NameVariants.of(name);
		assertThat(variants).doesNotHaveDuplicates().allSatisfy(variant -> assertThat(variant).isNotBlank().isEqualTo(variant.strip()));
		List<String> tokens = index.of(name);
		assertThat(tokens).hasSize(variants.size()).allSatisfy(token -> assertThat(token).matches("[0-9a-f]{64}"));
		assertThat(index.of(name)).as("stable").isEqualTo(tokens);
	}

}
