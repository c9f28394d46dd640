package org.vigil.audit;

import java.util.List;

/**
 * Appends to the chained audit log.
 *
 * <p>Each call commits its entry in a transaction of its own, before the caller's transaction
 * ends: an attempted change that later rolls back stays recorded, and reads in read-only
 * transactions can be audited. Appends are serialised so that the chain never forks.
 */
public interface AuditLog {

	/** Records the event and returns the id of its entry. */
	long record(AuditEvent event);

	/**
	 * Records the events in their order, as one group where the log can: one transaction for them all
	 * rather than one each (a reading of the reply mailbox records one entry a message). Returns the
	 * ids of their entries, in the same order.
	 */
	default List<Long> recordAll(List<AuditEvent> events) {
		return events.stream().map(this::record).toList();
	}

}
