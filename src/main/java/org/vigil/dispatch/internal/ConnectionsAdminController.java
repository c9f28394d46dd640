package org.vigil.dispatch.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.vigil.accounts.CurrentViewer;

/**
 * The administrators' page of dispatch's connections (under /admin: administrators signed in with
 * their passkey): which SMTP server, mailbox and fax gateway are set, and a button that tests them.
 */
@Controller
@RequestMapping("/admin/dispatch/connections")
class ConnectionsAdminController {

	private final ConnectionChecks checks;

	private final CurrentViewer viewers;

	ConnectionsAdminController(ConnectionChecks checks, CurrentViewer viewers) {
		this.checks = checks;
		this.viewers = viewers;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("checks", java.util.List.of());
		return "dispatch/connections";
	}

	@PostMapping
	String test(Model model) {
		model.addAttribute("checks", checks.run(viewers.get()));
		return "dispatch/connections";
	}

}
