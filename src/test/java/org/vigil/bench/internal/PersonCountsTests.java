package org.vigil.bench.internal;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonCountsTests {

	@Test
	void aDatasetWithoutHugeCasesGivesEveryCaseARegularNumberOfPersons() {
		DatasetShape shape = new DatasetShape(100, 3, 1, 0, 42, 0, 0, 30, null);

		PersonCounts counts = new PersonCounts(new SplittableRandom(42), shape);

		assertThat(IntStream.range(0, 100).filter(counts::isHuge).count()).isZero();
		assertThat(IntStream.range(0, 100).map(counts::persons).max().getAsInt()).isLessThan(PersonCounts.LARGEST / 2);
	}

}
