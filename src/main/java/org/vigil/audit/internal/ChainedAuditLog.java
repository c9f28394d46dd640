package org.vigil.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;

/**
 * Appends entries to the hash chain. The lock on the one-row {@code audit_head} table makes
 * appends strictly sequential across threads and application nodes, so every entry follows the
 * one before it and ids have no gaps.
 *
 * <p>Appends are committed in groups: each append waits until its entry is durable (the
 * database's commit, with {@code synchronous_commit} on), but threads that arrive while another
 * group is being committed are written together in the next transaction — one head lock and one
 * flush to disk for all of them, instead of one each, queued behind each other's flush. Under
 * concurrent requests, which each record an access, this keeps the log from making every request
 * wait for every other's disk write.
 */
@Service
class ChainedAuditLog implements AuditLog {

	/** An entry waiting for its group to be committed; completed with its id or the failure. */
	private record Pending(AuditEvent event, CompletableFuture<Long> id) {
	}

	private final AuditEntries entries;

	private final Checkpoints checkpoints;

	private final AuditProperties properties;

	private final TransactionTemplate ownTransaction;

	private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();

	/** Held by the thread committing a group; the others queue here, and the next holder writes what queued. */
	private final ReentrantLock committing = new ReentrantLock();

	ChainedAuditLog(AuditEntries entries, Checkpoints checkpoints, AuditProperties properties, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.checkpoints = checkpoints;
		this.properties = properties;
		this.ownTransaction = new TransactionTemplate(transactions);
		// A transaction of its own: the head lock is held only for these inserts, not for a caller's
		// whole transaction, and an entry survives its caller's rollback (an attempt is worth recording).
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public long record(AuditEvent event) {
		Pending mine = new Pending(event, new CompletableFuture<>());
		waiting.add(mine);
		committing.lock();
		try {
			if (!mine.id().isDone()) {
				commitGroup();
			}
		}
		finally {
			committing.unlock();
		}
		try {
			return mine.id().join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException failure ? failure : ex;
		}
	}

	/** The events queued together, so that they are written in one group (with whatever else waits). */
	@Override
	public List<Long> recordAll(List<AuditEvent> events) {
		List<Pending> mine = new ArrayList<>(events.size());
		for (AuditEvent event : events) {
			Pending pending = new Pending(event, new CompletableFuture<>());
			mine.add(pending);
			waiting.add(pending);
		}
		committing.lock();
		try {
			if (mine.stream().anyMatch(pending -> !pending.id().isDone())) {
				commitGroup();
			}
		}
		finally {
			committing.unlock();
		}
		try {
			return mine.stream().map(pending -> pending.id().join()).toList();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException failure ? failure : ex;
		}
	}

	/** Writes every waiting entry (this thread's among them) in one transaction, then tells each its id. */
	private void commitGroup() {
		List<Pending> group = new ArrayList<>();
		for (Pending next; (next = waiting.poll()) != null;) {
			group.add(next);
		}
		try {
			complete(group, ownTransaction.execute(status -> append(group)));
		}
		catch (RuntimeException ex) {
			// The database is down or refused the group: every caller in it learns so, as it would alone.
			group.forEach(pending -> pending.id().completeExceptionally(ex));
		}
	}

	private static void complete(List<Pending> group, List<Long> ids) {
		for (int i = 0; i < group.size(); i++) {
			group.get(i).id().complete(ids.get(i));
		}
	}

	private List<Long> append(List<Pending> group) {
		AuditEntries.Head head = entries.lockHead();
		List<AuditEntry> chained = new ArrayList<>(group.size());
		long lastId = head.lastId();
		String lastHash = head.lastHash();
		for (Pending pending : group) {
			// PostgreSQL keeps microseconds: truncate first so that the hash survives the round trip.
			Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
			AuditEntry entry = AuditEntry.append(lastId + 1, at, pending.event(), lastHash);
			chained.add(entry);
			lastId = entry.id();
			lastHash = entry.hash();
		}
		entries.append(chained);
		List<Long> ids = new ArrayList<>(chained.size());
		for (AuditEntry entry : chained) {
			if (entry.id() % properties.checkpointEvery() == 0) {
				checkpoints.sign(entry.id(), entry.hash());
			}
			ids.add(entry.id());
		}
		return ids;
	}

	/** Signs a checkpoint at the current head, waiting for appends in flight. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Checkpoint checkpointNow() {
		AuditEntries.Head head = entries.lockHead();
		return checkpoints.sign(head.lastId(), head.lastHash());
	}

}
