package org.vigil.cases.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Team;
import org.vigil.accounts.Teams;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.DatePrecision;
import org.vigil.cases.Outcome;
import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;
import org.vigil.cases.Priority;
import org.vigil.cases.Reliability;
import org.vigil.cases.ReturnRisk;
import org.vigil.cases.Sex;
import org.vigil.platform.Refused;
import org.vigil.platform.validation.PageLimits;
import org.vigil.platform.web.FormRefusals;

/**
 * The case pages: the list, the case page (the state of the case first, then its people and
 * sources, with the other modules' parts loaded after it), the case form and the full history.
 */
@Controller
@RequestMapping("/cases")
class CasePagesController {

	static final int PAGE_SIZE = 25;

	/** How many people the case page lists before "show all". */
	static final int PEOPLE_SHOWN = 100;

	private final CaseRegistry registry;

	private final CasePage casePage;

	private final CurrentViewer viewers;

	private final Teams teams;

	private final PersonRecords people;

	private final HistoryLines historyLines;

	CasePagesController(CaseRegistry registry, CasePage casePage, CurrentViewer viewers, Teams teams, PersonRecords people,
			HistoryLines historyLines) {
		this.people = people;
		this.historyLines = historyLines;
		this.registry = registry;
		this.casePage = casePage;
		this.viewers = viewers;
		this.teams = teams;
	}

	/** The pick lists every case form needs. */
	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("caseRisks", ReturnRisk.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("kinds", PersonKind.values());
		model.addAttribute("personRoles", PersonRole.values());
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("reliabilities", Reliability.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Priority priority,
			@RequestParam(required = false) String country, @RequestParam(required = false) UUID team,
			@RequestParam(defaultValue = "updated") String sort,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Viewer viewer = viewers.get();
		String sortName = CaseSorts.BY_NAME.containsKey(sort) ? sort : "updated";
		Page<CaseFile> found = registry.list(viewer, new CaseFilter(status, priority, country, team),
				PageRequest.of(page, PAGE_SIZE, CaseSorts.parse(sortName)));
		Map<UUID, Team> byId = teams.byIds(found.map(CaseFile::teamId).toSet());
		model.addAttribute("cases", found.map(c -> CaseSummary.of(c, byId.get(c.teamId()))));
		model.addAttribute("filter", new CaseFilter(status, priority, country, team));
		model.addAttribute("sort", sortName);
		model.addAttribute("sorts", CaseSorts.BY_NAME.keySet().stream().sorted().toList());
		model.addAttribute("myTeams", teams.of(viewer));
		return htmx != null ? "cases/list :: results" : "cases/list";
	}

	@GetMapping("/new")
	String newCase(Model model) {
		model.addAttribute("caseForm", new CaseForm());
		return form(model, null);
	}

	@PostMapping
	String open(@Valid @ModelAttribute("caseForm") CaseForm form, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return form(model, null);
		}
		try {
			CaseFile opened = registry.open(viewers.get(), form.details(), form.getTeamId());
			return "redirect:/cases/" + opened.id();
		}
		catch (Refused refused) {
			FormRefusals.show(binding, refused);
			return form(model, null);
		}
	}

	@GetMapping("/{caseId}")
	String show(CaseStanding standing, @RequestParam(defaultValue = "false") boolean allPeople, Model model) {
		Viewer viewer = viewers.get();
		CasePage.Content page = casePage.load(viewer, standing);
		CaseFile caseFile = page.caseFile();
		model.addAttribute("caseFile", CaseSummary.of(caseFile, teams.find(caseFile.teamId()).orElse(null)));
		model.addAttribute("details", caseFile.details());
		model.addAttribute("revealed", standing.mayReadIdentities());
		model.addAttribute("mayReveal", page.mayReveal());
		model.addAttribute("mayChange", standing.mayChange());
		model.addAttribute("purged", standing.purged());
		// A case of hundreds of people shows the first of them; the rest are one click away.
		List<PersonView> everyone = page.persons();
		List<PersonView> shown = allPeople || everyone.size() <= PEOPLE_SHOWN ? everyone : everyone.subList(0, PEOPLE_SHOWN);
		model.addAttribute("persons", shown);
		model.addAttribute("peopleCount", everyone.size());
		model.addAttribute("morePeople", everyone.size() - shown.size());
		model.addAttribute("sources", page.sources());
		return "cases/show";
	}

	@GetMapping("/{caseId}/edit")
	String edit(CaseStanding standing, Model model) {
		CaseFile caseFile = registry.find(standing);
		model.addAttribute("caseForm", CaseForm.of(caseFile));
		return form(model, caseFile);
	}

	@PostMapping("/{caseId}")
	String save(@PathVariable UUID caseId, CaseStanding standing, @Valid @ModelAttribute("caseForm") CaseForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, registry.find(standing));
		}
		long base = form.getVersion() == null ? -1 : form.getVersion();
		EditOutcome<CaseFile> outcome = registry.edit(viewers.get(), standing, form.details(), base);
		if (outcome instanceof EditOutcome.Conflict<CaseFile> conflict) {
			// Keep what the user typed; adopt the current version so that saving again is a decision.
			form.setVersion(conflict.currentVersion());
			model.addAttribute("conflict", conflict);
			return form(model, conflict.current());
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/cases/" + caseId;
	}

	/**
	 * The history page; asked by htmx with {@code latest}, only that many latest entries as a
	 * fragment, which the case page loads after it is shown.
	 */
	@GetMapping("/{caseId}/history")
	String history(CaseStanding standing, @RequestParam(required = false) @Min(1) @Max(1000) Integer latest,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		List<HistoryEntry> entries = registry.history(standing);
		if (htmx != null && latest != null) {
			entries = entries.stream().limit(Math.max(latest, 1)).toList();
		}
		Map<UUID, String> labels = people.of(standing.caseId(), false).stream()
			.collect(Collectors.toMap(PersonView::id, person -> person.profile().publicLabel()));
		model.addAttribute("history", historyLines.of(entries, labels, locale));
		if (htmx != null && latest != null) {
			return "cases/history :: entries";
		}
		CaseFile caseFile = registry.find(standing);
		model.addAttribute("caseFile", CaseSummary.of(caseFile, teams.find(caseFile.teamId()).orElse(null)));
		return "cases/history";
	}

	private String form(Model model, CaseFile existing) {
		model.addAttribute("existing", existing == null ? null : CaseSummary.of(existing, null));
		model.addAttribute("myTeams", teams.of(viewers.get()));
		return "cases/form";
	}

}
