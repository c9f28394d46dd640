package org.vigil.bench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a task a fixed number of times on a fixed number of workers (closed loop: each worker
 * starts its next request when the previous one has answered) and records every latency.
 */
final class Runner {

	/** One unit of work; {@code worker} is 0…clients-1, {@code index} counts the requests. */
	interface Task {

		/** Answers whether the work succeeded; an exception counts as an error too. */
		boolean run(int worker, int index) throws Exception;

	}

	private Runner() {
	}

	static Stats measure(Task task, int clients, int warmup, int requests) {
		if (warmup > 0) {
			execute(task, clients, warmup, 0);
		}
		return execute(task, clients, requests, warmup);
	}

	private static Stats execute(Task task, int clients, int requests, int firstIndex) {
		long[] latencies = new long[requests];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> workers = new ArrayList<>();
		long started = System.nanoTime();
		for (int w = 0; w < clients; w++) {
			int worker = w;
			workers.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
					long begin = System.nanoTime();
					boolean ok;
					try {
						ok = task.run(worker, firstIndex + i);
					}
					catch (Exception ex) {
						ok = false;
					}
					latencies[i] = System.nanoTime() - begin;
					if (!ok) {
						errors.incrementAndGet();
					}
				}
			}));
		}
		try {
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while measuring", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("A worker failed", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
		return Stats.of(latencies, errors.get(), System.nanoTime() - started);
	}

}
