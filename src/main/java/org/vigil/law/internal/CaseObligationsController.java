package org.vigil.law.internal;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vigil.cases.CaseStanding;
import org.vigil.law.CaseLaw;

/**
 * The legal basis of a case as the case page's Legal basis panel, a fragment the page loads after
 * it is shown ({@link CaseObligationsApiController} answers the same in the API). The case registry
 * checked that the viewer may see the case: another team's case answers 404.
 */
@Controller
class CaseObligationsController {

	private final CaseLaw law;

	CaseObligationsController(CaseLaw law) {
		this.law = law;
	}

	@GetMapping("/cases/{caseId}/legal-basis")
	String legalBasis(CaseStanding standing, Locale locale, Model model) {
		model.addAttribute("obligations", law.obligations(standing, locale));
		return "fragments/legal-basis :: obligations";
	}

}
