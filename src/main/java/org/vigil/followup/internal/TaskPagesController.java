package org.vigil.followup.internal;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.platform.Refused;

/**
 * The watch list's button on a due follow-up task, <em>Draft a follow-up letter</em>: the same step as
 * {@code POST /api/tasks/{taskId}/follow-up}, landing on the new draft; a refusal is told on the watch list.
 */
@Controller
class TaskPagesController {

	private final Tasks tasks;

	private final CurrentViewer viewers;

	TaskPagesController(Tasks tasks, CurrentViewer viewers) {
		this.tasks = tasks;
		this.viewers = viewers;
	}

	@PostMapping("/tasks/{taskId}/follow-up")
	String draftFollowUp(@PathVariable UUID taskId, RedirectAttributes redirect) {
		try {
			Task task = tasks.draftFollowUp(viewers.get(), taskId);
			redirect.addFlashAttribute("done", "appeal.generated");
			return "redirect:/cases/" + task.caseId() + "/appeals/" + task.followUpAppealId();
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("problem", refused.refusal().messageKey());
			redirect.addFlashAttribute("problemArguments", refused.refusal().arguments().toArray());
			return "redirect:/watch";
		}
	}

}
