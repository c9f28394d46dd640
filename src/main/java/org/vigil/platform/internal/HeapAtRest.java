package org.vigil.platform.internal;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Gives back to the system the heap a busy hour grew, once the server is at rest. The serial
 * collector the server runs with (see {@code Relaunch}) resizes the old generation only at a full
 * collection, and none comes while nothing is allocated: without this, a server keeps at rest the
 * heap of its busiest minute. Checked every {@code vigil.heap-at-rest-check} (one minute): when no
 * collection ran during the whole interval but some ran since the last compaction, one full
 * collection runs with at most 5 % of the old generation left free, and the configured bounds
 * ({@code MinHeapFreeRatio}, {@code MaxHeapFreeRatio}) are put back. A server in use allocates and
 * collects within the minute, so it is not interrupted.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class HeapAtRest {

	private final Rule rule = new Rule(HeapAtRest::collections);

	private static final Logger log = LoggerFactory.getLogger(HeapAtRest.class);

	@Scheduled(initialDelayString = "${vigil.heap-at-rest-check:PT1M}", fixedDelayString = "${vigil.heap-at-rest-check:PT1M}")
	void check() {
		if (rule.atRest()) {
			long before = committedHeapMb();
			compact();
			rule.compacted();
			log.debug("At rest: the heap was compacted from {} MB to {} MB committed", before, committedHeapMb());
		}
	}

	private static long committedHeapMb() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() >> 20;
	}

	/** One full collection that leaves at most 5 % of the old generation free, then the bounds as they were. */
	static void compact() {
		HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		String min = vm.getVMOption("MinHeapFreeRatio").getValue();
		String max = vm.getVMOption("MaxHeapFreeRatio").getValue();
		// The JVM keeps min <= max at every step: lower min first, raise max back first.
		try {
			vm.setVMOption("MinHeapFreeRatio", "0");
			vm.setVMOption("MaxHeapFreeRatio", "5");
			ManagementFactory.getMemoryMXBean().gc();
		}
		finally {
			vm.setVMOption("MaxHeapFreeRatio", max);
			vm.setVMOption("MinHeapFreeRatio", min);
		}
	}

	/** Collections of every collector since the JVM started. */
	static long collections() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
			.filter(count -> count > 0).sum();
	}

	/** When the server is at rest after work: no collection since the last check, some since the last compaction. */
	static final class Rule {

		private final LongSupplier collections;

		private long lastCheck = -1;

		private long lastCompaction = -1;

		Rule(LongSupplier collections) {
			this.collections = collections;
		}

		boolean atRest() {
			long now = collections.getAsLong();
			boolean quiet = now == lastCheck;
			lastCheck = now;
			return quiet && now != lastCompaction;
		}

		void compacted() {
			lastCompaction = lastCheck = collections.getAsLong();
		}

	}

}
