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
import org.vigil.cases.CaseStanding;
import org.vigil.vault.ShredOutcome;

/** Purging a case and setting its legal hold, from the case's access page. */
@Controller
@RequestMapping("/cases/{caseId}")
class PurgePagesController {

	private final CasePurging purging;

	private final PersonRecords people;

	private final CurrentViewer viewers;

	PurgePagesController(CasePurging purging, PersonRecords people, CurrentViewer viewers) {
		this.purging = purging;
		this.people = people;
		this.viewers = viewers;
	}

	/** The administrator types the case reference to confirm: purging cannot be undone. */
	@PostMapping("/purge")
	String purge(CaseStanding standing, @RequestParam(defaultValue = "") String confirmation, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		if (CasePurging.mayPurge(viewer, standing) && !purging.confirmedWithPasskey(viewer)) {
			return confirmWithPasskeyFirst(standing);
		}
		if (!standing.visibleCase().reference().equals(confirmation.strip())) {
			redirect.addFlashAttribute("purgeMessage", "purge.confirmationWrong");
			return backTo(standing);
		}
		ShredOutcome outcome = purging.purge(viewer, standing);
		redirect.addFlashAttribute("purgeMessage", "purge." + outcome.name());
		return backTo(standing);
	}

	/** The administrator types the person's public label to confirm. */
	@PostMapping("/persons/{personId}/purge")
	String purgePerson(CaseStanding standing, @PathVariable UUID personId, @RequestParam(defaultValue = "") String confirmation,
			RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		PersonView person = people.person(viewer, standing, personId);
		if (CasePurging.mayPurge(viewer, standing) && !purging.confirmedWithPasskey(viewer)) {
			return confirmWithPasskeyFirst(standing);
		}
		if (!person.profile().publicLabel().equals(confirmation.strip())) {
			redirect.addFlashAttribute("purgeMessage", "purge.confirmationWrong");
			return backTo(standing);
		}
		redirect.addFlashAttribute("purgeMessage", "purge.person." + purging.purgePerson(viewer, standing, personId).name());
		return backTo(standing);
	}

	@PostMapping("/legal-hold")
	String legalHold(CaseStanding standing, @RequestParam boolean hold, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		if (CasePurging.mayPurge(viewer, standing) && !purging.confirmedWithPasskey(viewer)) {
			return confirmWithPasskeyFirst(standing);
		}
		purging.setLegalHold(viewer, standing, hold);
		redirect.addFlashAttribute("purgeMessage", hold ? "purge.holdSet" : "purge.holdLifted");
		return backTo(standing);
	}

	/** Nothing is purged or held: the administrator confirms with the passkey and comes back to the access page. */
	private static String confirmWithPasskeyFirst(CaseStanding standing) {
		return "redirect:/second-factor/passkey?next=/cases/" + standing.caseId() + "/access";
	}

	private static String backTo(CaseStanding standing) {
		return AccessPagesController.backTo(standing, "purge");
	}

}
