package org.vigil.law.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.vigil.cases.CaseStanding;
import org.vigil.law.Obligation;

/**
 * The legal basis of a case: its obligations in the API ({@code GET /api/cases/{id}/obligations},
 * the JSON of {@link Obligation}) and as the case page's Legal basis panel, a fragment the page
 * loads after it is shown. The case registry checked that the viewer may see the case: another
 * team's case answers 404.
 */
@Controller
class CaseObligationsController {

	private final CaseObligations obligations;

	CaseObligationsController(CaseObligations obligations) {
		this.obligations = obligations;
	}

	/** Lists the obligations that bind the states of a case, strongest first, each with its sources. */
	@GetMapping("/api/cases/{caseId}/obligations")
	@ResponseBody
	List<Obligation> caseObligations(CaseStanding standing, Locale locale) {
		return obligations.of(standing, locale);
	}

	@GetMapping("/cases/{caseId}/legal-basis")
	String legalBasis(CaseStanding standing, Locale locale, Model model) {
		model.addAttribute("obligations", obligations.of(standing, locale));
		return "fragments/legal-basis :: obligations";
	}

}
