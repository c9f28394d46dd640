package org.vigil.followup.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.vigil.appeals.ApprovedAppeal;
import org.vigil.platform.validation.CalendarDate;

/** The JSON shapes of follow-up tasks. */
final class TaskApiModels {

	private TaskApiModels() {
	}

	/**
	 * A follow-up task: what is due ({@code kind}: FOLLOW_UP or PUBLICATION_DECISION), on which appeal of
	 * which case, since when, who has it ({@code assignee}, or {@code null}: the team), and the follow-up
	 * appeal drafted from it ({@code followUpAppealId}, or {@code null}); {@code closedReason} FOLLOWED_UP:
	 * that follow-up was dispatched.
	 */
	public record TaskResponse(UUID id, UUID caseId, String caseReference, UUID appealId, String appealReference, TaskKind kind,
			TaskStatus status, Instant sentAt, Instant dueAt, Instant snoozedUntil, String assignee, Instant closedAt, String closedBy,
			String closedReason, UUID followUpAppealId, long version) {

		static TaskResponse of(Task t) {
			return new TaskResponse(t.id(), t.caseId(), t.caseReference(), t.appealId(), ApprovedAppeal.referenceOf(t.appealId()), t.kind(),
					t.status(), t.sentAt(), t.dueAt(), t.snoozedUntil(), t.assignee(), t.closedAt(), t.closedBy(), t.closedReason(),
					t.followUpAppealId(), t.version());
		}

	}

	/** Finishing a task, made on its {@code version}. */
	public record DoneRequest(@NotNull @PositiveOrZero Long version) {
	}

	/** Giving a task to a user by name, or back to the team ({@code assignee} null), made on its {@code version}. */
	public record AssignRequest(@NotNull @PositiveOrZero Long version,
			@Size(min = 1, max = 64) @Pattern(regexp = "[\\p{L}\\p{N}._@-]+") String assignee) {
	}

	/** Hiding a task until a time in the coming year, made on its {@code version}. */
	public record SnoozeRequest(@NotNull @PositiveOrZero Long version, @NotNull @CalendarDate Instant until) {
	}

}
