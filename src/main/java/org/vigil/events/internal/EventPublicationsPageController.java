package org.vigil.events.internal;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.platform.RequestAddress;

/**
 * The administrators' page of event publications whose listener has not completed, and the
 * button that sends the failed ones to their listeners again (administration pages need the
 * administrator's passkey, see the accounts module).
 */
@Controller
class EventPublicationsPageController {

	private final EventPublications publications;

	private final CurrentViewer viewer;

	EventPublicationsPageController(EventPublications publications, CurrentViewer viewer) {
		this.publications = publications;
		this.viewer = viewer;
	}

	@GetMapping("/admin/events")
	String incomplete(Model model) {
		model.addAttribute("publications", publications.incomplete());
		return "events/publications";
	}

	/** Resubmits one failed publication ({@code id}) or, without one, every failed publication. */
	@PostMapping("/admin/events/resubmit")
	String resubmit(@RequestParam(required = false) UUID id, RedirectAttributes redirect) {
		int count = publications.resubmitFailed(id == null ? Set.of() : Set.of(id), viewer.get().username(), RequestAddress.current());
		redirect.addFlashAttribute("resubmitted", count);
		return "redirect:/admin/events";
	}

}
