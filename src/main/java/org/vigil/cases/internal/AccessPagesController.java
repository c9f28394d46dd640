package org.vigil.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Teams;
import org.vigil.accounts.UserDirectory;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;
import org.vigil.platform.validation.CalendarDate;

/**
 * The case's access page: sharing it with a colleague outside the team, who may reveal its
 * identities (granting the permission, asking for it, deciding on a request), who viewed and
 * changed it, and its legal hold and purging (see {@link PurgePagesController}). Each step comes
 * back to its own section of the page, where its confirmation or refusal is shown.
 */
@Controller
@RequestMapping("/cases/{caseId}")
class AccessPagesController {

	static final String SHARING = "sharing";

	static final String PERMISSION = "identity-permission";

	private final AccessPage accessPage;

	private final CaseRegistry registry;

	private final IdentityGrants grants;

	private final CurrentViewer viewers;

	private final UserDirectory users;

	private final Teams teams;

	AccessPagesController(AccessPage accessPage, CaseRegistry registry, IdentityGrants grants, CurrentViewer viewers,
			UserDirectory users, Teams teams) {
		this.accessPage = accessPage;
		this.registry = registry;
		this.grants = grants;
		this.viewers = viewers;
		this.users = users;
		this.teams = teams;
	}

	@GetMapping("/access")
	String page(CaseStanding standing, Model model) {
		Viewer viewer = viewers.get();
		AccessPage.Content page = accessPage.load(viewer, standing);
		CaseFile caseFile = page.caseFile();
		model.addAttribute("caseFile", CaseSummary.of(caseFile, teams.find(caseFile.teamId()).orElse(null)));
		model.addAttribute("page", page);
		model.addAttribute("purged", standing.purged());
		model.addAttribute("viewerId", viewer.userId());
		return "cases/access";
	}

	@PostMapping("/shares")
	String share(CaseStanding standing, @RequestParam String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			RedirectAttributes redirect) {
		return step(standing, SHARING, redirect, () -> {
			registry.share(viewers.get(), standing, colleague(username), endOf(until));
			redirect.addFlashAttribute("shared", username.strip());
		});
	}

	@PostMapping("/identity-grants")
	String grant(CaseStanding standing, @RequestParam String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			RedirectAttributes redirect) {
		return step(standing, PERMISSION, redirect, () -> {
			grants.grant(viewers.get(), standing, colleague(username), endOf(until));
			redirect.addFlashAttribute("permissionMessage", "grant.done");
			redirect.addFlashAttribute("granted", username.strip());
		});
	}

	@PostMapping("/identity-grant-requests")
	String request(CaseStanding standing, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @CalendarDate LocalDate until,
			RedirectAttributes redirect) {
		return step(standing, PERMISSION, redirect, () -> {
			grants.request(viewers.get(), standing, reason, endOf(until));
			redirect.addFlashAttribute("permissionMessage", "grant.requested");
		});
	}

	@PostMapping("/identity-grant-requests/{requestId}/approve")
	String approve(CaseStanding standing, @PathVariable UUID requestId, RedirectAttributes redirect) {
		return step(standing, PERMISSION, redirect, () -> {
			grants.approve(viewers.get(), standing, requestId);
			redirect.addFlashAttribute("permissionMessage", "grant.approved");
		});
	}

	@PostMapping("/identity-grant-requests/{requestId}/decline")
	String decline(CaseStanding standing, @PathVariable UUID requestId, RedirectAttributes redirect) {
		return step(standing, PERMISSION, redirect, () -> {
			grants.decline(viewers.get(), standing, requestId);
			redirect.addFlashAttribute("permissionMessage", "grant.declined");
		});
	}

	/** Takes the step and comes back to its section, with the refusal there when it was refused. */
	private static String step(CaseStanding standing, String section, RedirectAttributes redirect, Runnable step) {
		try {
			step.run();
		}
		catch (Refused refused) {
			String problem = section.equals(SHARING) ? "shareProblem" : "permissionProblem";
			redirect.addFlashAttribute(problem, refused.refusal().messageKey());
			redirect.addFlashAttribute(problem + "Arguments", refused.refusal().arguments().toArray());
		}
		return backTo(standing, section);
	}

	/** The access page at one of its sections. */
	static String backTo(CaseStanding standing, String section) {
		return "redirect:/cases/" + standing.caseId() + "/access#" + section;
	}

	private UUID colleague(String username) {
		Optional<UUID> userId = users.findEnabledUser(username);
		return userId.orElseThrow(() -> Refusal.onField(CaseRule.UNKNOWN_USER, "username").toException());
	}

	/** "Until" a date means to the end of that day. */
	private static Instant endOf(LocalDate until) {
		return until == null ? null : until.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
	}

}
