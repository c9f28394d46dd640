package org.vigil.whereabouts.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.vigil.cases.CaseStanding;
import org.vigil.whereabouts.CaseWhereabouts;
import org.vigil.whereabouts.CustodyFact;
import org.vigil.whereabouts.WhereaboutsFacts;

/**
 * "Where the people are now", the part of the case page's state that the whereabouts module fills:
 * who is held where and by whom, and the transfers expected. The case registry checked that the
 * viewer may see the case; what is shown is what a public statement could say (no place of hiding,
 * no note, no source), the same for every viewer of the case.
 */
@Controller
class WhereaboutsNowController {

	private final WhereaboutsFacts facts;

	WhereaboutsNowController(WhereaboutsFacts facts) {
		this.facts = facts;
	}

	@GetMapping("/cases/{caseId}/whereabouts/now")
	String now(CaseStanding standing, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		CaseWhereabouts known = facts.of(standing.caseId());
		model.addAttribute("held", known.custody().stream().filter(CustodyFact::current).toList());
		model.addAttribute("expected", known.expectedTransfers());
		return htmx != null ? "whereabouts/now :: now" : "whereabouts/now";
	}

}
