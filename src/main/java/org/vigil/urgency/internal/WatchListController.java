package org.vigil.urgency.internal;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.followup.FollowupTasks;
import org.vigil.platform.Refusal;
import org.vigil.platform.web.RefusalStatus;

/**
 * The watch list page, the home of researchers, reviewers and advocacy officers ({@code /} leads
 * here; whoever holds none of these roles is sent on to the cases): the open alerts of their teams
 * with a button to acknowledge each, the follow-up tasks due for their teams (from followup), then
 * their teams' open cases, most urgent first, each with its reason and next step, a page at a time.
 */
@Controller
class WatchListController {

	/** The most tasks the page lists; the rest are at {@code /api/tasks}. */
	static final int TASKS_SHOWN = 50;

	private final WatchList watchList;

	private final Alerts alerts;

	private final FollowupTasks tasks;

	private final CurrentViewer viewers;

	WatchListController(WatchList watchList, Alerts alerts, FollowupTasks tasks, CurrentViewer viewers) {
		this.watchList = watchList;
		this.alerts = alerts;
		this.tasks = tasks;
		this.viewers = viewers;
	}

	@GetMapping("/watch")
	String watch(@RequestParam(required = false) Integer page, Model model, HttpServletResponse response) {
		Viewer viewer = viewers.get();
		if (!viewer.has(Role.RESEARCHER) && !viewer.has(Role.REVIEWER) && !viewer.has(Role.ADVOCACY)) {
			return "redirect:/cases";
		}
		Optional<Refusal> refusal = WatchList.check(page, null);
		if (refusal.isPresent()) {
			throw refusal.get().toException();
		}
		return page(viewer, page == null ? 0 : page, model);
	}

	@PostMapping("/watch/alerts/{alertId}/acknowledge")
	String acknowledge(@PathVariable UUID alertId, @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		Optional<Refusal> refusal = alerts.acknowledge(viewer, alertId, version);
		if (refusal.isPresent()) {
			response.setStatus(RefusalStatus.of(refusal.get()));
			model.addAttribute("problem", refusal.get().messageKey());
			model.addAttribute("problemArguments", refusal.get().arguments().toArray());
			return page(viewer, 0, model);
		}
		redirect.addFlashAttribute("acknowledged", true);
		return "redirect:/watch";
	}

	private String page(Viewer viewer, int page, Model model) {
		model.addAttribute("alerts", alerts.open(viewer));
		model.addAttribute("watch", watchList.of(viewer, page, WatchList.PAGE_SIZE));
		model.addAttribute("tasks", tasks.openFor(viewer, TASKS_SHOWN));
		model.addAttribute("followsUp", viewer.has(Role.ADVOCACY) || viewer.has(Role.REVIEWER));
		model.addAttribute("draftsFollowUps", viewer.has(Role.RESEARCHER));
		model.addAttribute("isReviewer", viewer.has(Role.REVIEWER));
		return "urgency/watch";
	}

}
