package org.vigil.accounts.internal;

import java.util.EnumSet;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.Role;

/** The first-run page that creates the first administrator from the one-time setup link. */
@Controller
class SetupController {

	private final FirstRunSetup setup;

	private final AccountService accounts;

	SetupController(FirstRunSetup setup, AccountService accounts) {
		this.setup = setup;
		this.accounts = accounts;
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
			@RequestParam String team, Model model, RedirectAttributes redirect) {
		if (!setup.accepts(token)) {
			model.addAttribute("valid", false);
			return "accounts/setup";
		}
		try {
			accounts.createUser(new NewUser(username, EnumSet.allOf(Role.class), team, password.toCharArray()));
		}
		catch (AccountRejected rejected) {
			model.addAttribute("token", token);
			model.addAttribute("valid", true);
			model.addAttribute("username", username);
			model.addAttribute("team", team);
			model.addAttribute("problems", rejected.reasons());
			return "accounts/setup";
		}
		setup.consume(token);
		redirect.addAttribute("setup", "done");
		return "redirect:/login";
	}

}
