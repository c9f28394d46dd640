package org.vigil.drafting.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The compass point a letter names for the way from one place to another. */
class LetterWriterTests {

	@Test
	void anAzimuthIsNamedByTheNearestOfEightPoints() {
		assertThat(LetterWriter.direction(0)).isEqualTo("N");
		assertThat(LetterWriter.direction(-130)).as("Helong from Yanji").isEqualTo("SW");
		assertThat(LetterWriter.direction(80)).isEqualTo("E");
		assertThat(LetterWriter.direction(350)).isEqualTo("N");
		assertThat(LetterWriter.direction(-100)).isEqualTo("W");
	}

}
