package org.vigil.law.internal;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vigil.cases.CaseStanding;

/**
 * The legal basis of a case as the case page's Legal basis panel, a fragment the page loads after
 * it is shown ({@link CaseObligationsApiController} answers the same in the API). The case registry
 * checked that the viewer may see the case: another team's case answers 404.
 */
@Controller
class CaseObligationsController {

	private final CaseObligations obligations;

	CaseObligationsController(CaseObligations obligations) {
		this.obligations = obligations;
	}

	@GetMapping("/cases/{caseId}/legal-basis")
	String legalBasis(CaseStanding standing, Locale locale, Model model) {
		model.addAttribute("obligations", obligations.of(standing, locale));
		return "fragments/legal-basis :: obligations";
	}

}
