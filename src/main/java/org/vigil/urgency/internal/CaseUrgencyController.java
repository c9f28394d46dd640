package org.vigil.urgency.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.vigil.cases.CaseStanding;

/**
 * The urgency section of the case page, which the page loads with htmx, for whoever may see the
 * case (the case registry checked the request's {@link CaseStanding} before this runs).
 */
@Controller
class CaseUrgencyController {

	private final Reassessment reassessment;

	CaseUrgencyController(Reassessment reassessment) {
		this.reassessment = reassessment;
	}

	@GetMapping("/cases/{caseId}/urgency/section")
	String section(CaseStanding standing, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("caseFile", standing.visibleCase());
		model.addAttribute("assessment", reassessment.current(standing.caseId()));
		return htmx != null ? "urgency/section :: urgency" : "urgency/section";
	}

}
