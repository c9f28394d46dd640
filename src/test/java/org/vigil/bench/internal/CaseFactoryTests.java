package org.vigil.bench.internal;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.vigil.cases.CaseStatus;
import org.vigil.platform.UsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseFactoryTests {

	private static long count(CaseFactory factory, CaseStatus status) {
		return IntStream.range(0, 2_000).mapToObj(i -> factory.invent(i, 1, 1).caseFile().get("status")).filter(status::equals).count();
	}

	@Test
	void theAgeSkewClosesMostOlderLookingCases() {
		CaseFactory skewed = new CaseFactory(42, null);
		assertThat(count(skewed, CaseStatus.CLOSED)).isBetween(1_000L, 1_600L);
	}

	@Test
	void anOpenShareOfOneLeavesEveryCaseOpenOrMonitoredWithoutAnOutcomeOfClosing() {
		CaseFactory open = new CaseFactory(42, 1.0);
		assertThat(count(open, CaseStatus.CLOSED)).isZero();
		assertThat(count(open, CaseStatus.OPEN)).isBetween(1_100L, 1_400L);
		assertThat(count(open, CaseStatus.MONITORING)).isBetween(600L, 900L);
	}

	@Test
	void theSameSeedAndShareMakeTheSameCases() {
		assertThat(new CaseFactory(7, 0.5).invent(12, 3, 2)).isEqualTo(new CaseFactory(7, 0.5).invent(12, 3, 2));
	}

	@Test
	void anOpenShareOutsideZeroToOneIsRefusedNamingTheOption() {
		assertThatThrownBy(() -> new DatasetShape(10, 1, 1, 0, 42, 0, 0, 1, 1.5)).isInstanceOf(UsageException.class)
			.hasMessageContaining("--open-share");
	}

}
