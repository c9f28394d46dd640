package org.vigil.law.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.cases.CaseStanding;
import org.vigil.law.CaseLaw;
import org.vigil.law.Obligation;

/**
 * The legal basis of a case in the API ({@code GET /api/cases/{id}/obligations}, the JSON of
 * {@link Obligation}). The case registry checked that the viewer may see the case: another team's
 * case answers 404 as a problem, like every API route.
 */
@RestController
class CaseObligationsApiController {

	private final CaseLaw law;

	CaseObligationsApiController(CaseLaw law) {
		this.law = law;
	}

	/** Lists the obligations that bind the states of a case, strongest first, each with its sources. */
	@GetMapping("/api/cases/{caseId}/obligations")
	List<Obligation> caseObligations(CaseStanding standing, Locale locale) {
		return law.obligations(standing, locale);
	}

}
