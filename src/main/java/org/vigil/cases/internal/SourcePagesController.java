package org.vigil.cases.internal;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.Reliability;
import org.vigil.platform.Refused;
import org.vigil.platform.web.FormRefusals;

/**
 * Recording who reported what, correcting it and deleting it. A correction made on a stale version
 * keeps what the user typed and shows what the other person changed; a deleted source leaves the
 * case page and stays in the history.
 */
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
		return form(standing, null, model);
	}

	@PostMapping
	String record(CaseStanding standing, @Valid @ModelAttribute("sourceForm") SourceForm form, BindingResult binding,
			Model model) {
		if (binding.hasErrors()) {
			return form(standing, null, model);
		}
		try {
			sourceRecords.recordSource(viewers.get(), standing, form.details());
		}
		catch (Refused refused) {
			FormRefusals.show(binding, refused);
			return form(standing, null, model);
		}
		return backToSources(standing);
	}

	@GetMapping("/{sourceId}/edit")
	String edit(CaseStanding standing, @PathVariable UUID sourceId, Model model) {
		SourceView source = sourceRecords.source(viewers.get(), standing, sourceId);
		model.addAttribute("sourceForm", SourceForm.of(source));
		return form(standing, source, model);
	}

	@PostMapping("/{sourceId}")
	String correct(CaseStanding standing, @PathVariable UUID sourceId, @Valid @ModelAttribute("sourceForm") SourceForm form,
			BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		if (binding.hasErrors()) {
			return form(standing, sourceRecords.source(viewer, standing, sourceId), model);
		}
		long base = form.getVersion() == null ? -1 : form.getVersion();
		EditOutcome<SourceView> outcome;
		try {
			outcome = sourceRecords.correctSource(viewer, standing, sourceId, form.details(), base);
		}
		catch (Refused refused) {
			FormRefusals.show(binding, refused);
			return form(standing, sourceRecords.source(viewer, standing, sourceId), model);
		}
		if (outcome instanceof EditOutcome.Conflict<SourceView> conflict) {
			return conflict(form, conflict, standing, model, response);
		}
		redirect.addFlashAttribute("sourceMessage", "sources.corrected");
		return backToSources(standing);
	}

	@PostMapping("/{sourceId}/delete")
	String delete(CaseStanding standing, @PathVariable UUID sourceId, @RequestParam(defaultValue = "-1") long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		EditOutcome<SourceView> outcome = sourceRecords.deleteSource(viewers.get(), standing, sourceId, version);
		if (outcome instanceof EditOutcome.Conflict<SourceView> conflict) {
			// Nothing was deleted: show the source as it is now, and what changed, before deciding again.
			return conflict(SourceForm.of(conflict.current()), conflict, standing, model, response);
		}
		redirect.addFlashAttribute("sourceMessage", "sources.deleted");
		return backToSources(standing);
	}

	/** Keeps what the user typed, adopting the current version so that saving again is a decision. */
	private String conflict(SourceForm form, EditOutcome.Conflict<SourceView> conflict, CaseStanding standing, Model model,
			HttpServletResponse response) {
		form.setVersion(conflict.currentVersion());
		model.addAttribute("sourceForm", form);
		model.addAttribute("conflict", conflict);
		response.setStatus(HttpStatus.CONFLICT.value());
		return form(standing, conflict.current(), model);
	}

	private String form(CaseStanding standing, SourceView existing, Model model) {
		Viewer viewer = viewers.get();
		model.addAttribute("caseFile", standing.visibleCase());
		model.addAttribute("existing", existing);
		// A correction replaces the name and contact details only when they are shown to the editor.
		model.addAttribute("identityHidden", existing != null && !standing.mayReadIdentities());
		model.addAttribute("persons", people.persons(viewer, standing));
		model.addAttribute("reliabilities", Reliability.values());
		return "cases/source-form";
	}

	private static String backToSources(CaseStanding standing) {
		return "redirect:/cases/" + standing.caseId() + "#sources";
	}

}
