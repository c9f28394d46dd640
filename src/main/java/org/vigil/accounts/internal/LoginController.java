package org.vigil.accounts.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final UserAccounts accounts;

	LoginController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("needsSetup", !accounts.hasAnyUser());
		model.addAttribute("lockoutLimit", AccountUserDetailsService.FAILURE_LIMIT);
		model.addAttribute("lockoutMinutes", AccountUserDetailsService.LOCKOUT.toMinutes());
		return "accounts/login";
	}

}
