package org.vigil.audit.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.audit.AuditVerifier;

/** The administrator's page: is the audit log intact, and if not, where does it break? */
@Controller
class AuditPageController {

	private final AuditVerifier verifier;

	AuditPageController(AuditVerifier verifier) {
		this.verifier = verifier;
	}

	@GetMapping("/admin/audit")
	String verify(Model model) {
		model.addAttribute("verification", verifier.verify());
		return "audit/verify";
	}

	@PostMapping("/admin/audit/checkpoint")
	String checkpoint(RedirectAttributes redirect) {
		redirect.addFlashAttribute("checkpointed", verifier.checkpoint());
		return "redirect:/admin/audit";
	}

}
