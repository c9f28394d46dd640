package org.vigil.cases.internal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.vigil.accounts.CurrentViewer;
import org.vigil.cases.AwaitingReview;

/**
 * What waits for a reviewer: appeals in review, requests for the identity permission, exports to
 * approve. A page of its own, a fragment the home page (the case list) loads at its top, and the
 * count the menu shows; each is empty for someone who is not a reviewer.
 */
@Controller
@RequestMapping("/waiting")
class WaitingPagesController {

	private final WaitingForReviewers waiting;

	private final CurrentViewer viewers;

	WaitingPagesController(WaitingForReviewers waiting, CurrentViewer viewers) {
		this.waiting = waiting;
		this.viewers = viewers;
	}

	@GetMapping
	String list(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("waiting", waiting.of(viewers.get()));
		return htmx != null ? "fragments/waiting :: list" : "cases/waiting";
	}

	@GetMapping("/count")
	String count(Model model) {
		List<AwaitingReview.Item> items = waiting.of(viewers.get());
		model.addAttribute("count", items.size());
		return "fragments/waiting :: count";
	}

}
