package org.vigil.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change in a case's history: who changed which record when, and which fields.
 *
 * @param recordType {@code case}, {@code person} or {@code source}
 * @param action {@code created}, {@code changed} or {@code deleted}
 */
record HistoryEntry(long revision, Instant at, String by, String recordType, UUID recordId, String recordLabel,
		String action, List<FieldChange> changes) {
}
