package org.vigil.audit.internal;

import java.time.Instant;

import org.vigil.audit.AuditEvent;

/** One row of the audit log as stored, with the hashes that chain it to its predecessor. */
record AuditEntry(long id, Instant at, AuditEvent event, String prevHash, String hash) {

	/** The hash this entry should carry, recomputed from its fields. */
	String expectedHash() {
		return EntryHash.of(id, at, event, prevHash);
	}

	static AuditEntry append(long id, Instant at, AuditEvent event, String prevHash) {
		return new AuditEntry(id, at, event, prevHash, EntryHash.of(id, at, event, prevHash));
	}

}
