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
import org.vigil.cases.DatePrecision;
import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;
import org.vigil.cases.Sex;
import org.vigil.platform.Refused;
import org.vigil.platform.web.FormRefusals;

/** Recording and editing the persons of a case. */
@Controller
@RequestMapping("/cases/{caseId}/persons")
class PersonPagesController {

	private final CaseRegistry registry;

	private final PersonRecords people;

	private final CurrentViewer viewers;

	PersonPagesController(CaseRegistry registry, PersonRecords people, CurrentViewer viewers) {
		this.registry = registry;
		this.people = people;
		this.viewers = viewers;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", PersonKind.values());
		model.addAttribute("personRoles", PersonRole.values());
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("precisions", DatePrecision.values());
	}

	@GetMapping("/new")
	String newPerson(@PathVariable UUID caseId, Model model) {
		model.addAttribute("personForm", new PersonForm());
		return form(caseId, null, model);
	}

	@PostMapping
	String record(@PathVariable UUID caseId, @Valid @ModelAttribute("personForm") PersonForm form, BindingResult binding,
			Model model) {
		Viewer viewer = viewers.get();
		registry.find(viewer, caseId);
		checkCount(form, binding);
		if (binding.hasErrors()) {
			return form(caseId, null, model);
		}
		people.recordPerson(viewer, caseId, form.profile(), form.identity());
		return "redirect:/cases/" + caseId;
	}

	@GetMapping("/{personId}/edit")
	String edit(@PathVariable UUID caseId, @PathVariable UUID personId, Model model) {
		PersonView person = people.person(viewers.get(), caseId, personId);
		if (person.hidden()) {
			// Editing replaces the identity fields, so they must be revealed first.
			return "redirect:/cases/" + caseId + "/reveal";
		}
		model.addAttribute("personForm", PersonForm.of(person));
		return form(caseId, person, model);
	}

	@PostMapping("/{personId}")
	String save(@PathVariable UUID caseId, @PathVariable UUID personId, @Valid @ModelAttribute("personForm") PersonForm form,
			BindingResult binding, Model model) {
		Viewer viewer = viewers.get();
		PersonView person = people.person(viewer, caseId, personId);
		checkCount(form, binding);
		if (binding.hasErrors()) {
			return form(caseId, person, model);
		}
		long base = form.getVersion() == null ? -1 : form.getVersion();
		EditOutcome<PersonView> outcome = people.editPerson(viewer, caseId, personId, form.profile(), form.identity(), base);
		if (outcome instanceof EditOutcome.Conflict<PersonView> conflict) {
			form.setVersion(conflict.currentVersion());
			model.addAttribute("conflict", conflict);
			return form(caseId, conflict.current(), model);
		}
		return "redirect:/cases/" + caseId;
	}

	private static void checkCount(PersonForm form, BindingResult binding) {
		try {
			PersonForms.checkCount(form.getKind(), form.getKind() == PersonKind.GROUP ? form.getNumberOfPersons() : null);
		}
		catch (Refused refused) {
			FormRefusals.show(binding, refused);
		}
	}

	private String form(UUID caseId, PersonView existing, Model model) {
		CaseFile caseFile = registry.find(viewers.get(), caseId);
		model.addAttribute("caseFile", CaseSummary.of(caseFile, null));
		model.addAttribute("existing", existing == null ? null : existing.id());
		return "cases/person-form";
	}

}
