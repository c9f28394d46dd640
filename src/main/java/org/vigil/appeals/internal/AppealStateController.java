package org.vigil.appeals.internal;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.PersonDirectory;

/**
 * The appeals' parts of the case page's state of the case, each a fragment the page loads after it
 * is shown: the next step (what the case asks of the viewer) and the latest appeal.
 */
@Controller
@RequestMapping("/cases/{caseId}/appeals")
class AppealStateController {

	private final AppealRecords records;

	private final PersonDirectory persons;

	private final CurrentViewer viewers;

	AppealStateController(AppealRecords records, PersonDirectory persons, CurrentViewer viewers) {
		this.records = records;
		this.persons = persons;
		this.viewers = viewers;
	}

	@GetMapping("/next-step")
	String nextStep(CaseStanding standing, Model model) {
		Viewer viewer = viewers.get();
		Optional<NextStep.Latest> latest = records.latest(viewer, standing).map(NextStep.Latest::of);
		model.addAttribute("nextStep", NextStep.of(viewer, standing.caseId(), standing.visibleCase().teamId(), standing.mayChange(),
				standing.purged(), persons.persons(standing).size(), latest));
		return "fragments/appeal-parts :: nextStep";
	}

	@GetMapping("/latest")
	String latest(CaseStanding standing, Model model) {
		model.addAttribute("caseFile", standing.visibleCase());
		model.addAttribute("appeal", records.latest(viewers.get(), standing).orElse(null));
		return "fragments/appeal-parts :: latest";
	}

}
