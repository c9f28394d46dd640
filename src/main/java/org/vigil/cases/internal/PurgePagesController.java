package org.vigil.cases.internal;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Viewer;
import org.vigil.vault.ShredOutcome;

/** Purging a case and setting its legal hold, from the case page. */
@Controller
@RequestMapping("/cases/{caseId}")
class PurgePagesController {

	private final CasePurging purging;

	private final CaseRegistry registry;

	private final PersonRecords people;

	private final CurrentViewer viewers;

	PurgePagesController(CasePurging purging, CaseRegistry registry, PersonRecords people, CurrentViewer viewers) {
		this.purging = purging;
		this.registry = registry;
		this.people = people;
		this.viewers = viewers;
	}

	/** The administrator types the case reference to confirm: purging cannot be undone. */
	@PostMapping("/purge")
	String purge(@PathVariable UUID caseId, @RequestParam(defaultValue = "") String confirmation, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		CaseFile caseFile = registry.find(viewer, caseId);
		if (CasePurging.mayPurge(viewer, caseFile) && !purging.confirmedWithPasskey(viewer)) {
			return confirmWithPasskeyFirst(caseId);
		}
		if (!caseFile.reference().equals(confirmation.strip())) {
			redirect.addFlashAttribute("purgeMessage", "purge.confirmationWrong");
			return "redirect:/cases/" + caseId;
		}
		ShredOutcome outcome = purging.purge(viewer, caseId);
		redirect.addFlashAttribute("purgeMessage", "purge." + outcome.name());
		return "redirect:/cases/" + caseId;
	}

	/** The administrator types the person's public label to confirm. */
	@PostMapping("/persons/{personId}/purge")
	String purgePerson(@PathVariable UUID caseId, @PathVariable UUID personId,
			@RequestParam(defaultValue = "") String confirmation, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		PersonView person = people.person(viewer, caseId, personId);
		if (CasePurging.mayPurge(viewer, registry.find(viewer, caseId)) && !purging.confirmedWithPasskey(viewer)) {
			return confirmWithPasskeyFirst(caseId);
		}
		if (!person.profile().publicLabel().equals(confirmation.strip())) {
			redirect.addFlashAttribute("purgeMessage", "purge.confirmationWrong");
			return "redirect:/cases/" + caseId;
		}
		redirect.addFlashAttribute("purgeMessage", "purge.person." + purging.purgePerson(viewer, caseId, personId).name());
		return "redirect:/cases/" + caseId;
	}

	@PostMapping("/legal-hold")
	String legalHold(@PathVariable UUID caseId, @RequestParam boolean hold, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		if (CasePurging.mayPurge(viewer, registry.find(viewer, caseId)) && !purging.confirmedWithPasskey(viewer)) {
			return confirmWithPasskeyFirst(caseId);
		}
		purging.setLegalHold(viewer, caseId, hold);
		redirect.addFlashAttribute("purgeMessage", hold ? "purge.holdSet" : "purge.holdLifted");
		return "redirect:/cases/" + caseId;
	}

	/** Nothing is purged or held: the administrator confirms with the passkey and comes back to the case. */
	private static String confirmWithPasskeyFirst(UUID caseId) {
		return "redirect:/second-factor/passkey?next=/cases/" + caseId;
	}

}
