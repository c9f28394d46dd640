package org.vigil.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;

/**
 * Appends entries to the hash chain. The lock on the one-row {@code audit_head} table makes
 * appends strictly sequential across threads and application nodes, so every entry follows the
 * one before it and ids have no gaps.
 */
@Service
class ChainedAuditLog implements AuditLog {

	private final AuditEntries entries;

	private final Checkpoints checkpoints;

	private final AuditProperties properties;

	ChainedAuditLog(AuditEntries entries, Checkpoints checkpoints, AuditProperties properties) {
		this.entries = entries;
		this.checkpoints = checkpoints;
		this.properties = properties;
	}

	/*
	 * A transaction of its own: the head lock is held only for this insert, not for the caller's
	 * whole transaction, and the entry survives the caller's rollback (an attempt is worth recording).
	 */
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public long record(AuditEvent event) {
		AuditEntries.Head head = entries.lockHead();
		// PostgreSQL keeps microseconds: truncate first so that the hash survives the round trip.
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
		AuditEntry entry = AuditEntry.append(head.lastId() + 1, at, event, head.lastHash());
		entries.append(entry);
		if (entry.id() % properties.checkpointEvery() == 0) {
			checkpoints.sign(entry.id(), entry.hash());
		}
		return entry.id();
	}

	/** Signs a checkpoint at the current head, waiting for appends in flight. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Checkpoint checkpointNow() {
		AuditEntries.Head head = entries.lockHead();
		return checkpoints.sign(head.lastId(), head.lastHash());
	}

}
