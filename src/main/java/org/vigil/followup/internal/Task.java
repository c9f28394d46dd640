package org.vigil.followup.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A follow-up task as stored: the case by id and reference only.
 *
 * @param followUpAppealId the follow-up appeal drafted from the task, or {@code null}
 */
record Task(UUID id, UUID caseId, String caseReference, UUID appealId, UUID teamId, TaskKind kind, TaskStatus status, Instant sentAt,
		Instant dueAt, Instant snoozedUntil, String assignee, Instant remindedAt, Instant closedAt, String closedBy, String closedReason,
		UUID followUpAppealId, long version) {
}
