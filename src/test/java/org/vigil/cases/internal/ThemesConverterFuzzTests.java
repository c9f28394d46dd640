package org.vigil.cases.internal;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Themes arrive from forms, the API and imports as free text; parsing them must never fail or lose the round trip. */
class ThemesConverterFuzzTests {

	private final ThemesConverter converter = new ThemesConverter();

	@FuzzTest
	void anyTextParsesIntoCleanThemesThatSurviveStorage(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		Set<String> themes = ThemesConverter.parse(text);
		assertThat(themes).allSatisfy(theme -> {
			assertThat(theme).isNotBlank().isEqualTo(theme.strip()).doesNotContain(";", ",");
		});
		assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(themes))).isEqualTo(themes);
	}

}
