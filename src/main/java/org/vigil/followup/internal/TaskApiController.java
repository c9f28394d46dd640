package org.vigil.followup.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.followup.internal.TaskApiModels.AssignRequest;
import org.vigil.followup.internal.TaskApiModels.DoneRequest;
import org.vigil.followup.internal.TaskApiModels.SnoozeRequest;
import org.vigil.followup.internal.TaskApiModels.TaskResponse;

/**
 * Follow-up tasks that fell due for the caller's teams. Finishing, assigning and snoozing are for
 * advocacy officers and reviewers of the case's team ({@code 403} otherwise), drafting the follow-up
 * letter for whoever may draft on the case; a task of another team is {@code 404}.
 */
@RestController
class TaskApiController {

	private final Tasks tasks;

	private final CurrentViewer viewers;

	TaskApiController(Tasks tasks, CurrentViewer viewers) {
		this.tasks = tasks;
		this.viewers = viewers;
	}

	/** Lists the open follow-up tasks of the caller's teams, those due first; {@code mine=true}: only those given to the caller. */
	@GetMapping("/api/tasks")
	List<TaskResponse> listTasks(@RequestParam(defaultValue = "false") boolean mine) {
		return tasks.due(viewers.get(), mine, Tasks.MAX_LIST).stream().map(TaskResponse::of).toList();
	}

	/** Marks an open task done. */
	@PostMapping("/api/tasks/{taskId}/done")
	TaskResponse finishTask(@PathVariable UUID taskId, @Valid @RequestBody DoneRequest request) {
		return TaskResponse.of(tasks.done(viewers.get(), taskId, request.version()));
	}

	/** Gives an open task to an advocacy officer or reviewer of the case's team, or back to the team. */
	@PostMapping("/api/tasks/{taskId}/assign")
	TaskResponse assignTask(@PathVariable UUID taskId, @Valid @RequestBody AssignRequest request) {
		return TaskResponse.of(tasks.assign(viewers.get(), taskId, request.version(), request.assignee()));
	}

	/**
	 * Drafts the follow-up letter of an open follow-up task (for whoever may draft on the case) and records
	 * it on the task ({@code followUpAppealId}); the task is closed when that letter is dispatched.
	 */
	@PostMapping("/api/tasks/{taskId}/follow-up")
	@ResponseStatus(HttpStatus.CREATED)
	TaskResponse draftFollowUpOfTask(@PathVariable UUID taskId) {
		return TaskResponse.of(tasks.draftFollowUp(viewers.get(), taskId));
	}

	/** Hides an open task from the lists until the time given (within a year); it comes back by itself. */
	@PostMapping("/api/tasks/{taskId}/snooze")
	TaskResponse snoozeTask(@PathVariable UUID taskId, @Valid @RequestBody SnoozeRequest request) {
		return TaskResponse.of(tasks.snooze(viewers.get(), taskId, request.version(), request.until()));
	}

}
