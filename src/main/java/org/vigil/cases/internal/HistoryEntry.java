package org.vigil.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change in a case's history: who changed which record when, and which fields.
 *
 * @param revision the change set of the record history, or {@link #NO_REVISION} for a step another
 *        module took (an appeal submitted), which has no fields
 * @param recordType {@code case}, {@code person}, {@code source}, or another module's record ({@code appeal})
 * @param action {@code created}, {@code changed} or {@code deleted}; for an appeal {@code drafted},
 *        {@code changed}, {@code submitted}, {@code returned} or {@code approved}
 */
record HistoryEntry(long revision, Instant at, String by, String recordType, UUID recordId, String recordLabel,
		String action, List<FieldChange> changes) {

	static final long NO_REVISION = 0;

}
