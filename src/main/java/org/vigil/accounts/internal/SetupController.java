package org.vigil.accounts.internal;

import java.util.EnumSet;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.Role;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.RefusalMessages;
import org.vigil.platform.Refused;

/** The first-run page that creates the first administrator from the one-time setup link. */
@Controller
class SetupController {

	private final FirstRunSetup setup;

	private final UserAccounts accounts;

	private final RefusalMessages messages;

	private final AuditLog audit;

	SetupController(FirstRunSetup setup, UserAccounts accounts, AuditLog audit, RefusalMessages messages) {
		this.messages = messages;
		this.setup = setup;
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/setup")
	String form(@RequestParam(defaultValue = "") String token, Model model) {
		if (accounts.hasAnyUser()) {
			return "redirect:/login";
		}
		model.addAttribute("token", token);
		model.addAttribute("valid", setup.accepts(token));
		model.addAttribute("team", "Asia");
		return "accounts/setup";
	}

	@PostMapping("/setup")
	String create(@RequestParam String token, @RequestParam String username, @RequestParam String password,
			@RequestParam String team, Model model, RedirectAttributes redirect, HttpServletRequest request) {
		if (!setup.accepts(token)) {
			model.addAttribute("valid", false);
			return "accounts/setup";
		}
		try {
			UserAccount created = accounts.createUser(new NewUser(username, EnumSet.allOf(Role.class), team, password.toCharArray()));
			audit.record(AuditEvent.of("setup", "user.created", "user", created.id(), request.getRemoteAddr())
				.withDetails(java.util.Map.of("roles", "all", "via", "first-run setup")));
		}
		catch (Refused rejected) {
			model.addAttribute("token", token);
			model.addAttribute("valid", true);
			model.addAttribute("username", username);
			model.addAttribute("team", team);
			model.addAttribute("problems", messages.explain(rejected.refusals()));
			return "accounts/setup";
		}
		setup.consume(token);
		redirect.addAttribute("setup", "done");
		return "redirect:/login";
	}

}
