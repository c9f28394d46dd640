package org.vigil.bench.internal;

import java.sql.Connection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Sends batches to the database on its own thread, one transaction each, while the generator
 * fills the next batch: inventing and encrypting rows overlaps with PostgreSQL storing them. At
 * most one batch is in flight; {@link #send} waits for the previous one first, so the generator
 * can take turns with two batches.
 */
final class BatchWriter implements AutoCloseable {

	private final Connection connection;

	private final CopyManager copy;

	private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "bench-copy"));

	private Future<Long> inFlight;

	private long rows;

	BatchWriter(Connection connection) throws java.sql.SQLException {
		this.connection = connection;
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
	}

	/** Waits for the batch before, then starts sending this one. */
	void send(CaseBatch batch) {
		awaitInFlight();
		inFlight = thread.submit(() -> {
			long sent = batch.flush(copy);
			connection.commit();
			return sent;
		});
	}

	/** Waits until everything sent has been committed; answers the rows written in all. */
	long finish() {
		awaitInFlight();
		return rows;
	}

	private void awaitInFlight() {
		if (inFlight == null) {
			return;
		}
		try {
			rows += inFlight.get();
			inFlight = null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Writing a batch failed: " + ex.getCause().getMessage(), ex.getCause());
		}
	}

	@Override
	public void close() {
		thread.shutdownNow();
	}

}
