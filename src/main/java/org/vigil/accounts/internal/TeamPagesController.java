package org.vigil.accounts.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.Team;
import org.vigil.accounts.Teams;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.Refusal;

/**
 * Administrators add a team on the Users page. New users are then put in existing teams chosen
 * from a list, so that a slip of the keyboard ("Aisa") no longer makes a team nobody meant.
 */
@Controller
class TeamPagesController {

	static final int MAX_NAME_LENGTH = 100;

	private final Teams teams;

	private final AuditLog audit;

	TeamPagesController(Teams teams, AuditLog audit) {
		this.teams = teams;
		this.audit = audit;
	}

	@PostMapping("/admin/teams")
	String create(@RequestParam(defaultValue = "") String name, Authentication admin, HttpServletRequest request,
			RedirectAttributes redirect) {
		String clean = name.strip();
		if (clean.isEmpty() || clean.length() > MAX_NAME_LENGTH || clean.chars().anyMatch(Character::isISOControl)) {
			throw Refusal.onField(TeamRule.TEAM_NAME_INVALID, "name", MAX_NAME_LENGTH).toException();
		}
		if (teams.findByName(clean).isPresent()) {
			redirect.addFlashAttribute("teamExists", clean);
			return "redirect:/admin/users";
		}
		Team team = teams.findOrCreate(clean);
		audit.record(AuditEvent.of(admin.getName(), "team.created", "team", team.id(), request.getRemoteAddr())
			.withDetails(Map.of("name", team.name())));
		redirect.addFlashAttribute("teamCreated", team.name());
		return "redirect:/admin/users";
	}

}
