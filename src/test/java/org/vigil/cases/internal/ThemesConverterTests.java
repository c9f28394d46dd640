package org.vigil.cases.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThemesConverterTests {

	private final ThemesConverter converter = new ThemesConverter();

	@Test
	void themesAreSplitOnSemicolonsOrCommasAndTrimmed() {
		assertThat(ThemesConverter.parse(" refoulement; detention ,torture;; ")).containsExactly("refoulement", "detention", "torture");
	}

	@Test
	void themesSurviveTheRoundTripInOrder() {
		var themes = ThemesConverter.parse("refoulement; detention");
		assertThat(List.copyOf(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(themes))))
			.containsExactly("refoulement", "detention");
		assertThat(converter.convertToDatabaseColumn(ThemesConverter.parse(""))).isNull();
	}

}
