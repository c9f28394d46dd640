package org.vigil.bench.internal;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatsTests {

	@Test
	void percentilesAreNearestRankInMilliseconds() {
		long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).toArray();
		Stats stats = Stats.of(nanos, 2, 2_000_000_000L);
		assertThat(stats.p50Ms()).isEqualTo(50.0);
		assertThat(stats.p95Ms()).isEqualTo(95.0);
		assertThat(stats.p99Ms()).isEqualTo(99.0);
		assertThat(stats.maxMs()).isEqualTo(100.0);
		assertThat(stats.throughputPerSecond()).isEqualTo(50.0);
		assertThat(stats.errors()).isEqualTo(2);
	}

	@Test
	void oneRequestIsItsOwnEveryPercentile() {
		Stats stats = Stats.of(new long[] { 3_000_000 }, 0, 3_000_000);
		assertThat(stats.p50Ms()).isEqualTo(3.0);
		assertThat(stats.p99Ms()).isEqualTo(3.0);
	}

}
