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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.DatePrecision;
import org.vigil.cases.PersonCategory;
import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;
import org.vigil.cases.Sex;
import org.vigil.platform.Refused;
import org.vigil.platform.web.FormRefusals;

/** Recording and editing the persons of a case. */
@Controller
@RequestMapping("/cases/{caseId}/persons")
class PersonPagesController {

	private final PersonRecords people;

	private final CurrentViewer viewers;

	PersonPagesController(PersonRecords people, CurrentViewer viewers) {
		this.people = people;
		this.viewers = viewers;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", PersonKind.values());
		model.addAttribute("personRoles", PersonRole.values());
		model.addAttribute("personCategories", PersonCategory.values());
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("precisions", DatePrecision.values());
	}

	@GetMapping("/new")
	String newPerson(CaseStanding standing, Model model) {
		model.addAttribute("personForm", new PersonForm());
		return form(standing, null, model);
	}

	@PostMapping
	String record(CaseStanding standing, @Valid @ModelAttribute("personForm") PersonForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		checkCount(form, binding);
		if (binding.hasErrors()) {
			return form(standing, null, model);
		}
		people.recordPerson(viewers.get(), standing, form.profile(), form.identity());
		return backToPeople(standing, "persons.recorded", form, redirect);
	}

	@GetMapping("/{personId}/edit")
	String edit(CaseStanding standing, @PathVariable UUID personId, Model model) {
		PersonView person = people.person(viewers.get(), standing, personId);
		if (person.hidden()) {
			// Editing replaces the identity fields, so they must be revealed first; then back to this form.
			return "redirect:" + ContinueTarget.revealThenBackTo(standing.caseId(),
					"/cases/" + standing.caseId() + "/persons/" + personId + "/edit");
		}
		model.addAttribute("personForm", PersonForm.of(person));
		return form(standing, person, model);
	}

	@PostMapping("/{personId}")
	String save(CaseStanding standing, @PathVariable UUID personId, @Valid @ModelAttribute("personForm") PersonForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		checkCount(form, binding);
		if (binding.hasErrors()) {
			return form(standing, people.person(viewer, standing, personId), model);
		}
		long base = form.getVersion() == null ? -1 : form.getVersion();
		EditOutcome<PersonView> outcome = people.editPerson(viewer, standing, personId, form.profile(), form.identity(), base);
		if (outcome instanceof EditOutcome.Conflict<PersonView> conflict) {
			form.setVersion(conflict.currentVersion());
			model.addAttribute("conflict", conflict);
			return form(standing, conflict.current(), model);
		}
		return backToPeople(standing, "persons.changed", form, redirect);
	}

	/** Back to the case's people, where the confirmation is shown. */
	private static String backToPeople(CaseStanding standing, String message, PersonForm form, RedirectAttributes redirect) {
		redirect.addFlashAttribute("personMessage", message);
		redirect.addFlashAttribute("personLabel", form.profile().publicLabel());
		return "redirect:/cases/" + standing.caseId() + "#people";
	}

	private static void checkCount(PersonForm form, BindingResult binding) {
		try {
			PersonForms.checkCount(form.getKind(), form.getKind() == PersonKind.GROUP ? form.getNumberOfPersons() : null);
		}
		catch (Refused refused) {
			FormRefusals.show(binding, refused);
		}
	}

	private String form(CaseStanding standing, PersonView existing, Model model) {
		model.addAttribute("caseFile", standing.visibleCase());
		model.addAttribute("existing", existing == null ? null : existing.id());
		return "cases/person-form";
	}

}
