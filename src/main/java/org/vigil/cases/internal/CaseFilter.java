package org.vigil.cases.internal;

import java.util.UUID;

import org.vigil.cases.CaseStatus;
import org.vigil.cases.Priority;

/** What a case list is narrowed to; null means "any". */
record CaseFilter(CaseStatus status, Priority priority, String country, UUID teamId) {

	static final CaseFilter ANY = new CaseFilter(null, null, null, null);

}
