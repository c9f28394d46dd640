package org.vigil.audit;

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

}
