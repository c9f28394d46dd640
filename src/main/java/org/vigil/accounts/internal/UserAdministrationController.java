package org.vigil.accounts.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.Role;
import org.vigil.accounts.Team;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.Refusal;
import org.vigil.platform.RefusalMessages;
import org.vigil.platform.Refused;

/** Administrators list users, create new ones, revoke a user's access and reset passwords. */
@Controller
@RequestMapping("/admin/users")
class UserAdministrationController {

	private final UserAccounts accounts;

	private final TeamDirectory teams;

	private final RoleChanges roleChanges;

	private final AccessRevocation revocation;

	private final AuditLog audit;

	private final SecondFactors factors;

	private final RefusalMessages messages;

	UserAdministrationController(UserAccounts accounts, TeamDirectory teams, RoleChanges roleChanges, AccessRevocation revocation,
			AuditLog audit, SecondFactors factors, RefusalMessages messages) {
		this.accounts = accounts;
		this.teams = teams;
		this.roleChanges = roleChanges;
		this.revocation = revocation;
		this.audit = audit;
		this.factors = factors;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		List<Team> allTeams = teams.allTeams();
		Map<UUID, String> teamNames = allTeams.stream().collect(Collectors.toMap(Team::id, Team::name));
		model.addAttribute("users", accounts.allUsers().stream().map(u -> UserRow.of(u, factors.isEnrolled(u.id()), teamNames)).toList());
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("teams", allTeams);
		model.addAttribute("roles", Role.values());
		model.addAttribute("chosenRoles", Set.of(Role.RESEARCHER));
		return "accounts/users";
	}

	@PostMapping
	String create(@RequestParam String username, @RequestParam String password, @RequestParam String team,
			@RequestParam(name = "roles", required = false) List<Role> roles, Model model, RedirectAttributes redirect,
			Authentication admin, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
		try {
			if (teams.findByName(team).isEmpty()) {
				throw Refusal.onField(TeamRule.NO_SUCH_TEAM, "team", team).toException(); // the page offers existing teams only
			}
			UserAccount created = accounts.createUser(new NewUser(username, chosen, team, password.toCharArray()));
			audit.record(AuditEvent.of(admin.getName(), "user.created", "user", created.id(), request.getRemoteAddr())
				.withDetails(Map.of("roles", created.roles().stream().map(Role::name).sorted().toList().toString())));
		}
		catch (Refused rejected) {
			response.setStatus(400);
			list(model);
			model.addAttribute("problems", messages.explain(rejected.refusals()));
			model.addAttribute("username", username);
			model.addAttribute("team", team);
			model.addAttribute("chosenRoles", chosen);
			return "accounts/users";
		}
		redirect.addFlashAttribute("created", username);
		return "redirect:/admin/users";
	}

	/** For a user whose device was seized: sessions, tokens, second factors and password, all at once. */
	@PostMapping("/{username}/revoke-all")
	String revokeAll(@PathVariable String username, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
		AccessRevocation.Revocation revoked = revocation.revokeEverything(username);
		audit.record(AuditEvent.of(admin.getName(), "user.revoked-all", "user", revoked.userId(), request.getRemoteAddr())
			.withDetails(Map.of("tokensRevoked", Integer.toString(revoked.tokensRevoked()))));
		redirect.addFlashAttribute("revoked", username);
		return "redirect:/admin/users";
	}

	/** Changes a user's roles; audited with the roles before and after. The user signs in again. */
	@PostMapping("/{username}/roles")
	String changeRoles(@PathVariable String username, @RequestParam(name = "roles", required = false) List<Role> roles,
			Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
		RoleChanges.RoleChange change = roleChanges.changeRoles(admin.getName(), username,
				roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
		audit.record(AuditEvent.of(admin.getName(), "user.roles-changed", "user", change.userId(), request.getRemoteAddr())
			.withDetails(Map.of("before", names(change.before()), "after", names(change.after()))));
		redirect.addFlashAttribute("rolesChanged", username);
		return "redirect:/admin/users";
	}

	private static String names(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toList().toString();
	}

	/** Sets a new password, e.g. after "revoke everything"; the user then enrols a second factor again. */
	@PostMapping("/{username}/password")
	String resetPassword(@PathVariable String username, @RequestParam String password, Authentication admin,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			UUID id = accounts.resetPassword(username, password.toCharArray());
			audit.record(AuditEvent.of(admin.getName(), "user.password-reset", "user", id, request.getRemoteAddr()));
			redirect.addFlashAttribute("passwordReset", username);
		}
		catch (Refused rejected) {
			redirect.addFlashAttribute("problems", messages.explain(rejected.refusals()));
		}
		return "redirect:/admin/users";
	}

	/** A step on a user refused (an unknown name, roles that may not be given): the users page says why. */
	@ExceptionHandler(Refused.class)
	String refused(Refused rejected, RedirectAttributes redirect) {
		redirect.addFlashAttribute("problems", messages.explain(rejected.refusals()));
		return "redirect:/admin/users";
	}

	record UserRow(String username, List<String> roles, List<String> teams, boolean enabled, java.time.Instant createdAt,
			boolean secondFactor) {

		static UserRow of(UserAccount user, boolean secondFactor, Map<UUID, String> teamNames) {
			return new UserRow(user.username(), user.roles().stream().map(Role::name).sorted().toList(),
					user.teamIds().stream().map(teamNames::get).filter(java.util.Objects::nonNull).sorted(String.CASE_INSENSITIVE_ORDER).toList(),
					user.enabled(), user.createdAt(), secondFactor);
		}

	}

}
