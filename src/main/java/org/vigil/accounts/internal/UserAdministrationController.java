package org.vigil.accounts.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.Role;

/** Administrators list users and create new ones. */
@Controller
@RequestMapping("/admin/users")
class UserAdministrationController {

	private final AccountService accounts;

	UserAdministrationController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", accounts.allUsers().stream().map(UserRow::of).toList());
		model.addAttribute("teams", accounts.allTeams());
		model.addAttribute("roles", Role.values());
		model.addAttribute("chosenRoles", Set.of(Role.RESEARCHER));
		return "accounts/users";
	}

	@PostMapping
	String create(@RequestParam String username, @RequestParam String password, @RequestParam String team,
			@RequestParam(name = "roles", required = false) List<Role> roles, Model model, RedirectAttributes redirect) {
		Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
		try {
			accounts.createUser(new NewUser(username, chosen, team, password.toCharArray()));
		}
		catch (AccountRejected rejected) {
			list(model);
			model.addAttribute("problems", rejected.reasons());
			model.addAttribute("username", username);
			model.addAttribute("team", team);
			model.addAttribute("chosenRoles", chosen);
			return "accounts/users";
		}
		redirect.addFlashAttribute("created", username);
		return "redirect:/admin/users";
	}

	record UserRow(String username, List<String> roles, boolean enabled, java.time.Instant createdAt) {

		static UserRow of(UserAccount user) {
			return new UserRow(user.username(), user.roles().stream().map(Role::name).sorted().toList(), user.enabled(),
					user.createdAt());
		}

	}

}
