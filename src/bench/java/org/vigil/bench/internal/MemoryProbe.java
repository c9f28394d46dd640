package org.vigil.bench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a process's resident memory (VmRSS in {@code /proc/<pid>/status}, Linux only) now, or
 * samples it every 200 ms to find the peak under load.
 */
final class MemoryProbe implements AutoCloseable {

	private final long pid;

	private final AtomicLong peakKb = new AtomicLong();

	private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "bench-rss-sampler");
		thread.setDaemon(true);
		return thread;
	});

	MemoryProbe(long pid) {
		this.pid = pid;
	}

	/** Resident memory now in MiB, or -1 when it cannot be read. */
	double residentMb() {
		long kb = residentKb();
		return kb < 0 ? -1 : Math.round(kb / 102.4) / 10.0;
	}

	void startSampling() {
		sampler.scheduleAtFixedRate(() -> peakKb.accumulateAndGet(residentKb(), Math::max), 0, 200, TimeUnit.MILLISECONDS);
	}

	double peakMb() {
		return Math.round(peakKb.get() / 102.4) / 10.0;
	}

	private long residentKb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// process gone or not Linux
		}
		return -1;
	}

	@Override
	public void close() {
		sampler.shutdownNow();
	}

}
