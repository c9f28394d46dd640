package org.vigil.followup.internal;

import java.util.Optional;
import java.util.UUID;

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
import org.vigil.cases.Outcome;
import org.vigil.platform.EditRule;
import org.vigil.platform.Refused;

/**
 * The outcome part of an appeal's page (loaded by htmx from the appeal page): where the appeal stands
 * with its addressees (MT45) and the case's outcome, as last recorded and by whom, and for the team's
 * advocacy officers and reviewers the form that records them — the same record as
 * {@code PUT /api/cases/{caseId}/appeals/{appealId}/outcome}.
 */
@Controller
class OutcomePagesController {

	private final Outcomes outcomes;

	private final CurrentViewer viewers;

	OutcomePagesController(Outcomes outcomes, CurrentViewer viewers) {
		this.outcomes = outcomes;
		this.viewers = viewers;
	}

	@GetMapping("/cases/{caseId}/appeals/{appealId}/outcome/section")
	String section(org.vigil.cases.CaseStanding standing, @PathVariable UUID appealId, Model model) {
		Viewer viewer = viewers.get();
		Optional<Outcomes.Recorded> recorded = outcomes.of(standing, appealId);
		model.addAttribute("caseId", standing.caseId());
		model.addAttribute("appealId", appealId);
		model.addAttribute("recorded", recorded.orElse(null));
		model.addAttribute("mayRecord", !standing.purged() && (viewer.has(Role.ADVOCACY) || viewer.has(Role.REVIEWER))
				&& viewer.isMemberOf(standing.visibleCase().teamId()));
		model.addAttribute("statuses", InterventionStatus.values());
		model.addAttribute("outcomes", Outcome.values());
		return "followup/outcome :: section";
	}

	/** The form's record: both values chosen, on the version shown (none for the first record). */
	@PostMapping("/cases/{caseId}/appeals/{appealId}/outcome")
	String record(org.vigil.cases.CaseStanding standing, @PathVariable UUID appealId,
			@RequestParam(required = false) InterventionStatus appealStatus, @RequestParam(required = false) Outcome caseOutcome,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		String back = "redirect:/cases/" + standing.caseId() + "/appeals/" + appealId;
		if (appealStatus == null || caseOutcome == null || version != null && version < 0) {
			redirect.addFlashAttribute("refusal", "outcome.choiceMissing");
			return back;
		}
		try {
			outcomes.record(viewers.get(), standing, appealId, appealStatus, caseOutcome, version);
			redirect.addFlashAttribute("done", "outcome.recorded");
		}
		catch (Refused refused) {
			boolean stale = refused.refusal().rule() == EditRule.STALE_VERSION || refused.refusal().rule() == EditRule.VERSION_REQUIRED;
			redirect.addFlashAttribute("refusal", stale ? "outcome.stale" : refused.refusal().messageKey());
		}
		return back;
	}

}
