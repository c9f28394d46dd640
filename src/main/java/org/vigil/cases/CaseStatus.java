package org.vigil.cases;

/** Where a case stands in the organisation's work. */
public enum CaseStatus {
	OPEN, MONITORING, CLOSED
}
