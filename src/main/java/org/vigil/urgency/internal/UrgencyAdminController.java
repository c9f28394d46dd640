package org.vigil.urgency.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Team;
import org.vigil.accounts.Teams;
import org.vigil.accounts.Viewer;
import org.vigil.platform.EditRule;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.web.FormRefusals;
import org.vigil.platform.web.RefusalStatus;

/**
 * The administrator's urgency page ({@code /admin/urgency}, like every page under /admin for
 * administrators signed in with their passkey): the rules' thresholds and lists in one form, and
 * where each team's alert emails go. A change made on an older version shows what is saved now and
 * keeps what was typed.
 */
@Controller
@RequestMapping("/admin/urgency")
class UrgencyAdminController {

	/** A team and where its alerts go, as the page lists them. */
	record TeamRow(Team team, SettingsStore.TeamMail mail) {
	}

	private final SettingsStore store;

	private final SettingsAdministration administration;

	private final AssessmentStore assessments;

	private final Teams teams;

	private final CurrentViewer viewers;

	UrgencyAdminController(SettingsStore store, SettingsAdministration administration, AssessmentStore assessments, Teams teams,
			CurrentViewer viewers) {
		this.store = store;
		this.administration = administration;
		this.assessments = assessments;
		this.teams = teams;
		this.viewers = viewers;
	}

	@GetMapping
	String page(Model model) {
		if (!model.containsAttribute("settingsForm")) {
			model.addAttribute("settingsForm", SettingsForm.of(store.current()));
		}
		SettingsStore.Versioned current = store.current();
		model.addAttribute("changedBy", current.changedBy());
		model.addAttribute("changedAt", current.changedAt());
		model.addAttribute("teamRows", teamRows(viewers.get()));
		return "urgency/admin";
	}

	@PostMapping
	String change(@ModelAttribute("settingsForm") SettingsForm form, BindingResult binding, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			// Text where a number belongs: said in Vigil's words, not the converter's.
			BindingResult said = new BeanPropertyBindingResult(form, "settingsForm");
			binding.getFieldErrors().forEach(error -> FormRefusals.reject(said,
					Refusal.onField(UrgencyRule.URGENCY_NOT_A_NUMBER, error.getField())));
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "settingsForm", said);
			response.setStatus(400);
			return page(model);
		}
		List<Refusal> refusals = administration.change(viewers.get(), form);
		if (!refusals.isEmpty()) {
			Refusal first = refusals.get(0);
			response.setStatus(RefusalStatus.of(first));
			if (first.rule() == EditRule.STALE_VERSION) {
				model.addAttribute("conflict", first.details().get("changes"));
				form.setVersion(store.current().version());
			}
			else {
				refusals.forEach(refusal -> FormRefusals.reject(binding, refusal));
			}
			return page(model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/urgency";
	}

	@PostMapping("/teams/{teamId}")
	String changeTeamMail(@PathVariable UUID teamId, @RequestParam(required = false) String alertAddress,
			@RequestParam(required = false) String reviewerAddress, @RequestParam(required = false) Long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Team team = teams.find(teamId).orElseThrow(() -> new NotFoundException("team"));
		Optional<Refusal> refusal = administration.changeTeamMail(viewers.get(), team.id(), alertAddress, reviewerAddress, version);
		if (refusal.isPresent()) {
			response.setStatus(RefusalStatus.of(refusal.get()));
			model.addAttribute("teamProblem", refusal.get().messageKey());
			model.addAttribute("teamProblemArguments", refusal.get().arguments().toArray());
			model.addAttribute("teamProblemId", teamId);
			return page(model);
		}
		redirect.addFlashAttribute("teamSaved", team.name());
		return "redirect:/admin/urgency";
	}

	/** The teams with cases or addresses, and the administrator's own. */
	private List<TeamRow> teamRows(Viewer viewer) {
		Map<UUID, SettingsStore.TeamMail> mail = store.teamMail();
		Set<UUID> ids = new LinkedHashSet<>(viewer.teamIds());
		ids.addAll(assessments.teams());
		ids.addAll(mail.keySet());
		List<TeamRow> rows = new ArrayList<>();
		Collection<Team> known = teams.byIds(ids).values();
		known.stream()
			.sorted(java.util.Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER))
			.forEach(team -> rows.add(new TeamRow(team, mail.getOrDefault(team.id(), SettingsStore.TeamMail.none(team.id())))));
		return rows;
	}

}
