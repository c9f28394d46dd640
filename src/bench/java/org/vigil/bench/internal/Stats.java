package org.vigil.bench.internal;

import java.util.Arrays;

/**
 * Latency percentiles (nearest rank, in milliseconds), throughput and errors of one measured run.
 */
record Stats(int requests, int errors, double p50Ms, double p95Ms, double p99Ms, double maxMs, double throughputPerSecond) {

	static Stats of(long[] latenciesNanos, int errors, long wallNanos) {
		long[] sorted = latenciesNanos.clone();
		Arrays.sort(sorted);
		return new Stats(sorted.length, errors, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
				millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]), sorted.length / (wallNanos / 1e9));
	}

	private static long percentile(long[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static double millis(long nanos) {
		return Math.round(nanos / 1e4) / 100.0;
	}

}
