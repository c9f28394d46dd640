package org.vigil.platform.internal;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.sun.management.HotSpotDiagnosticMXBean;

import static org.assertj.core.api.Assertions.assertThat;

class HeapAtRestTests {

	private final AtomicLong collections = new AtomicLong(7);

	private final HeapAtRest.Rule rule = new HeapAtRest.Rule(collections::get);

	@Test
	void aServerThatWorkedAndThenCollectedNothingForAWholeIntervalIsCompactedOnce() {
		assertThat(rule.atRest()).as("first look: nothing to compare with").isFalse();
		assertThat(rule.atRest()).as("no collection since the last look").isTrue();
		collections.incrementAndGet(); // the compaction's own collection
		rule.compacted();

		assertThat(rule.atRest()).as("still quiet, nothing collected since the compaction").isFalse();
		assertThat(rule.atRest()).isFalse();
	}

	@Test
	void aServerInUseIsLeftAloneUntilItHasBeenQuietForAWholeInterval() {
		rule.atRest();
		rule.atRest();
		rule.compacted();

		collections.addAndGet(3);
		assertThat(rule.atRest()).as("collections during the interval: in use").isFalse();
		collections.addAndGet(1);
		assertThat(rule.atRest()).isFalse();
		assertThat(rule.atRest()).as("quiet for an interval after work").isTrue();
	}

	@Test
	void theCompactionPutsBackTheHeapBoundsItWasGiven() {
		HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		String min = vm.getVMOption("MinHeapFreeRatio").getValue();
		String max = vm.getVMOption("MaxHeapFreeRatio").getValue();
		long before = HeapAtRest.collections();

		HeapAtRest.compact();

		assertThat(HeapAtRest.collections()).as("a full collection ran").isGreaterThan(before);
		assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(min);
		assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(max);
	}

}
