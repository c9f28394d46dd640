package org.vigil.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number the database moves with every change to some tables, whichever Vigil node makes it: a
 * one-row table that a statement trigger updates (the public site's, state participation's). A node
 * that keeps something read from those tables keeps it for one revision. The number is read at most
 * once a {@link #CHECKED_EVERY}, so that a node gives up what it keeps within that time of a change
 * made on another; and again as soon as a change this node made has committed, so that the node that
 * made it shows it at once. A read begun before this node's own change is not trusted, as it may be
 * from before it.
 */
public final class DatabaseRevision {

	/** How long a revision read is trusted: how late a node may show a change made by another. */
	public static final Duration CHECKED_EVERY = Duration.ofSeconds(1);

	/** The revision as read, when (by {@link #nanoTime}), and how many of this node's own changes had committed then. */
	private record Read(long revision, long at, long changes) {
	}

	private final JdbcClient jdbc;

	private final String query;

	private final LongSupplier nanoTime;

	/** The latest read; {@code null}: none yet. */
	private volatile Read last;

	private final AtomicLong changes = new AtomicLong();

	/** The revision in the one-row {@code table}, read by the time of {@code nanoTime} (a test moves it by hand). */
	public DatabaseRevision(JdbcClient jdbc, String table, LongSupplier nanoTime) {
		this.jdbc = jdbc;
		this.query = "select revision from " + table;
		this.nanoTime = nanoTime;
	}

	/** The revision, as read at most {@link #CHECKED_EVERY} ago: whatever is read from the tables after this call is at least as new. */
	public long current() {
		Read read = last;
		long now = nanoTime.getAsLong();
		long changed = changes.get();
		if (read == null || read.changes() != changed || now - read.at() >= CHECKED_EVERY.toNanos()) {
			read = new Read(jdbc.sql(query).query(Long.class).single(), now, changed);
			last = read;
		}
		return read.revision();
	}

	/**
	 * This node changes the tables in the current transaction: the revision is read again once it
	 * commits (at once when there is no transaction), not before, or the rows read again would be the
	 * ones it replaces.
	 */
	public void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					changes.incrementAndGet();
				}

			});
		}
		else {
			changes.incrementAndGet();
		}
	}

	/** This node's change has committed (for callers told after the commit, by a transactional event). */
	public void committed() {
		changes.incrementAndGet();
	}

}
