package org.vigil.audit;

import java.util.List;

/** Reads back what the audit log holds about one record, newest first. */
public interface AuditTrail {

	/** One line of a record's trail: who did what, when, with which outcome. */
	record Line(long id, java.time.Instant at, String actor, String action, String outcome) {
	}

	List<Line> forRecord(String recordType, String recordId, int limit);

}
