package org.vigil.cases.internal;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.Reliability;
import org.vigil.platform.Refused;
import org.vigil.platform.web.FormRefusals;

/** Recording who reported what. */
@Controller
@RequestMapping("/cases/{caseId}/sources")
class SourcePagesController {

	private final PersonRecords people;

	private final SourceRecords sourceRecords;

	private final CurrentViewer viewers;

	SourcePagesController(PersonRecords people, SourceRecords sourceRecords, CurrentViewer viewers) {
		this.people = people;
		this.sourceRecords = sourceRecords;
		this.viewers = viewers;
	}

	@GetMapping("/new")
	String newSource(CaseStanding standing, Model model) {
		model.addAttribute("sourceForm", new SourceForm());
		return form(standing, model);
	}

	@PostMapping
	String record(CaseStanding standing, @Valid @ModelAttribute("sourceForm") SourceForm form, BindingResult binding,
			Model model) {
		if (binding.hasErrors()) {
			return form(standing, model);
		}
		try {
			sourceRecords.recordSource(viewers.get(), standing, form.details());
		}
		catch (Refused refused) {
			FormRefusals.show(binding, refused);
			return form(standing, model);
		}
		return "redirect:/cases/" + standing.caseId();
	}

	private String form(CaseStanding standing, Model model) {
		Viewer viewer = viewers.get();
		model.addAttribute("caseFile", standing.visibleCase());
		model.addAttribute("persons", people.persons(viewer, standing));
		model.addAttribute("reliabilities", Reliability.values());
		return "cases/source-form";
	}

}
