package org.vigil.cases.internal;

import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Viewer;
import org.vigil.cases.Reliability;
import org.vigil.platform.Refused;
import org.vigil.platform.web.FormRefusals;

/** Recording who reported what. */
@Controller
@RequestMapping("/cases/{caseId}/sources")
class SourcePagesController {

	private final CaseRegistry registry;

	private final PersonRecords people;

	private final SourceRecords sourceRecords;

	private final CurrentViewer viewers;

	SourcePagesController(CaseRegistry registry, PersonRecords people, SourceRecords sourceRecords, CurrentViewer viewers) {
		this.registry = registry;
		this.people = people;
		this.sourceRecords = sourceRecords;
		this.viewers = viewers;
	}

	@GetMapping("/new")
	String newSource(@PathVariable UUID caseId, Model model) {
		model.addAttribute("sourceForm", new SourceForm());
		return form(caseId, model);
	}

	@PostMapping
	String record(@PathVariable UUID caseId, @Valid @ModelAttribute("sourceForm") SourceForm form, BindingResult binding,
			Model model) {
		Viewer viewer = viewers.get();
		registry.find(viewer, caseId);
		if (binding.hasErrors()) {
			return form(caseId, model);
		}
		try {
			sourceRecords.recordSource(viewer, caseId, form.details());
		}
		catch (Refused refused) {
			FormRefusals.show(binding, refused);
			return form(caseId, model);
		}
		return "redirect:/cases/" + caseId;
	}

	private String form(UUID caseId, Model model) {
		Viewer viewer = viewers.get();
		CaseFile caseFile = registry.find(viewer, caseId);
		model.addAttribute("caseFile", CaseSummary.of(caseFile, null));
		model.addAttribute("persons", people.persons(viewer, caseId));
		model.addAttribute("reliabilities", Reliability.values());
		return "cases/source-form";
	}

}
