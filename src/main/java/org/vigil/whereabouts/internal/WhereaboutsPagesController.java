package org.vigil.whereabouts.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.PersonDirectory;
import org.vigil.cases.PersonEntry;
import org.vigil.cases.SourceDirectory;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.PlaceCandidate;
import org.vigil.geo.PlaceResolution;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.RefusalMessages;
import org.vigil.platform.Refused;
import org.vigil.platform.validation.PageLimits;
import org.vigil.platform.web.FormRefusals;
import org.vigil.platform.web.RefusalStatus;
import org.vigil.whereabouts.Certainty;

/**
 * The whereabouts pages of a case: the section the case page loads (map, distances, timeline, the
 * "New information" box), the entry form, and a pasted report's proposals, confirmed one at a time.
 * A place typed in words is resolved when the form is saved; when the gazetteer has no clear answer,
 * the form comes back with the candidates to pick from, or coordinates to give.
 */
@Controller
@RequestMapping("/cases/{caseId}/whereabouts")
class WhereaboutsPagesController {

	/** How many entries a page of the whole timeline shows. */
	static final int PAGE_ENTRIES = 200;

	private final WhereaboutsRecords records;

	private final Reports reports;

	private final PersonDirectory persons;

	private final SourceDirectory sources;

	private final Gazetteer gazetteer;

	private final CurrentViewer viewers;

	private final RefusalMessages messages;

	WhereaboutsPagesController(WhereaboutsRecords records, Reports reports, PersonDirectory persons, SourceDirectory sources,
			Gazetteer gazetteer, CurrentViewer viewers, RefusalMessages messages) {
		this.messages = messages;
		this.records = records;
		this.reports = reports;
		this.persons = persons;
		this.sources = sources;
		this.gazetteer = gazetteer;
		this.viewers = viewers;
	}

	/** The whole timeline, {@value #PAGE_ENTRIES} entries a page, with the map of each person's latest entries. */
	@GetMapping
	String page(CaseStanding standing, @RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page, Model model) {
		WhereaboutsRecords.TimelinePage found = records.timeline(viewers.get(), standing, page, PAGE_ENTRIES);
		show(standing, model, found.timeline());
		model.addAttribute("timelinePage", found);
		model.addAttribute("pagerPath", "/cases/" + standing.caseId() + "/whereabouts");
		return htmx != null ? "whereabouts/timeline :: whereabouts" : "whereabouts/timeline";
	}

	/** One person's whole timeline, {@value #PAGE_ENTRIES} entries a page: where the case page's summary line leads. */
	@GetMapping("/persons/{personId}")
	String person(CaseStanding standing, @PathVariable UUID personId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page, Model model) {
		WhereaboutsRecords.TimelinePage found = records.timelineOf(viewers.get(), standing, personId, page, PAGE_ENTRIES);
		show(standing, model, found.timeline());
		model.addAttribute("timelinePage", found);
		model.addAttribute("pagerPath", "/cases/" + standing.caseId() + "/whereabouts/persons/" + personId);
		return "whereabouts/timeline";
	}

	/**
	 * What the case page loads into its placeholder: the map of each person's latest entries, and a
	 * line for each person — where they are now, since when, the transfer expected next, how many
	 * entries — leading to the person's whole timeline. Rendering rows was what the section cost
	 * (the reads are bounded SQL), so it shows one line a person, whatever the length of the timeline.
	 */
	@GetMapping("/section")
	String section(CaseStanding standing, Model model) {
		Timeline summary = records.summary(viewers.get(), standing);
		show(standing, model, summary);
		model.addAttribute("summaries", PersonSummary.of(summary));
		model.addAttribute("inCasePage", true);
		return "whereabouts/timeline :: whereabouts";
	}

	/** The form for a new entry, or ({@code ?entry=ID}) for correcting one. */
	@GetMapping("/entry")
	String entry(CaseStanding standing, @RequestParam(required = false) UUID entry, Model model) {
		EntryForm form;
		if (entry == null) {
			form = new EntryForm();
			form.setReportedOn(LocalDate.now());
			persons.persons(standing).stream().findFirst().ifPresent(p -> form.setPersonId(p.id()));
		}
		else {
			form = EntryForm.of(records.entry(standing, entry));
		}
		model.addAttribute("entryForm", form);
		model.addAttribute("entryId", entry);
		return form(standing, model, List.of(), List.of(), null);
	}

	@PostMapping("/entries")
	String record(CaseStanding standing, @Valid @ModelAttribute("entryForm") EntryForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return save(standing, null, form, binding, model, response, redirect);
	}

	@PostMapping("/entries/{entryId}")
	String correct(CaseStanding standing, @PathVariable UUID entryId, @Valid @ModelAttribute("entryForm") EntryForm form,
			BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		records.entry(standing, entryId); // 404 for an entry not of this case, before anything else
		return save(standing, entryId, form, binding, model, response, redirect);
	}

	@PostMapping("/entries/{entryId}/remove")
	String remove(CaseStanding standing, @PathVariable UUID entryId, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		records.remove(viewers.get(), standing, entryId, version);
		redirect.addFlashAttribute("whereaboutsMessage", "whereabouts.removed");
		return "redirect:/cases/" + standing.caseId() + "/whereabouts";
	}

	/** The "New information" box on a page of its own; with {@code ?report=ID}, that report's proposals. */
	@GetMapping("/reports")
	String reports(CaseStanding standing, @RequestParam(required = false) UUID report,
			@RequestParam(required = false) Integer proposal, Model model, RedirectAttributes redirect) {
		if (report == null) {
			timeline(standing, model);
			return "whereabouts/report";
		}
		return reading(standing, reports.reread(viewers.get(), standing, report), proposal, model, redirect);
	}

	@PostMapping("/reports")
	String read(CaseStanding standing, @RequestParam(required = false) String text,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate reportedOn,
			@RequestParam(required = false) UUID sourceId, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Reports.Reading reading = reports.receive(viewers.get(), standing, text, reportedOn, sourceId);
			return reading(standing, reading, null, model, redirect);
		}
		catch (Refused refused) {
			if (refused.refusals().stream().anyMatch(r -> r.field() == null)) {
				throw refused;
			}
			response.setStatus(RefusalStatus.of(refused.refusal()));
			model.addAttribute("reportProblems", messages.explain(refused.refusals()));
			model.addAttribute("reportText", text);
			timeline(standing, model);
			return "whereabouts/report";
		}
	}

	/** One proposal of the report in the form, the others listed; when all are confirmed, back to the timeline. */
	private String reading(CaseStanding standing, Reports.Reading reading, Integer chosen, Model model, RedirectAttributes redirect) {
		List<Proposal> proposals = reading.proposals();
		Proposal current = null;
		if (chosen != null && chosen >= 0 && chosen < proposals.size()) {
			current = proposals.get(chosen);
		}
		else {
			current = proposals.stream().filter(p -> !reading.confirmed().contains(p.index())).findFirst().orElse(null);
		}
		if (current == null && !proposals.isEmpty()) {
			redirect.addFlashAttribute("whereaboutsMessage", "whereabouts.reportDone");
			return "redirect:/cases/" + standing.caseId() + "/whereabouts";
		}
		model.addAttribute("reading", reading);
		model.addAttribute("current", current);
		if (current != null) {
			UUID person = persons.persons(standing).stream().findFirst().map(PersonEntry::id).orElse(null);
			model.addAttribute("entryForm", EntryForm.of(current, person, reading.reportId(), reading.reportedOn(), reading.sourceId()));
			return form(standing, model, current.candidates(), current.fromCandidates(), current);
		}
		model.addAttribute("caseFile", standing.visibleCase());
		return "whereabouts/entry";
	}

	private String save(CaseStanding standing, UUID entryId, EntryForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String country = standing.visibleCase().countryOfCustody();
		List<PlaceCandidate> placeCandidates = List.of();
		List<PlaceCandidate> fromCandidates = List.of();
		String placeId = null;
		String fromId = null;
		if (!binding.hasErrors()) {
			if (isBlank(form.getPlaceId()) && form.getLat() == null && !isBlank(form.getPlaceText())) {
				PlaceResolution found = gazetteer.resolve(form.getPlaceText(), country);
				placeCandidates = found.candidates();
				placeId = found.unambiguous().map(org.vigil.geo.Place::id).orElse(null);
				if (placeId == null) {
					binding.rejectValue("placeText", found.candidates().isEmpty() ? "whereabouts.placeNotFound" : "whereabouts.pickPlace");
				}
			}
			if (form.getKind() == EntryKind.TRANSFER && isBlank(form.getFromPlaceId()) && !isBlank(form.getFromText())) {
				PlaceResolution found = gazetteer.resolve(form.getFromText(), country);
				fromCandidates = found.candidates();
				fromId = found.unambiguous().map(org.vigil.geo.Place::id).orElse(null);
				if (fromId == null) {
					binding.rejectValue("fromText", found.candidates().isEmpty() ? "whereabouts.placeNotFound" : "whereabouts.pickPlace");
				}
			}
		}
		if (binding.hasErrors()) {
			return again(standing, entryId, form, model, response, placeCandidates, fromCandidates, 400);
		}
		Viewer viewer = viewers.get();
		WhereaboutsRecords.Outcome outcome;
		try {
			EntryDraft draft = form.draft(placeId, fromId);
			outcome = entryId == null ? records.record(viewer, standing, draft)
					: records.correct(viewer, standing, entryId, draft, form.getVersion());
		}
		catch (Refused refused) {
			FormRefusals.show(binding, new Refused(refused.refusals().stream().map(EntryForm::onForm).toList()));
			return again(standing, entryId, form, model, response, placeCandidates, fromCandidates, RefusalStatus.of(refused.refusal()));
		}
		if (outcome instanceof WhereaboutsRecords.Flagged flagged) {
			model.addAttribute("flags", flagged.flags().stream().sorted().toList());
			FormRefusals.reject(binding, Refusal.of(WhereaboutsRule.INCONSISTENT_ENTRY));
			return again(standing, entryId, form, model, response, placeCandidates, fromCandidates, 409);
		}
		redirect.addFlashAttribute("whereaboutsMessage", entryId == null ? "whereabouts.recorded" : "whereabouts.corrected");
		if (form.getReportId() != null) {
			return "redirect:/cases/" + standing.caseId() + "/whereabouts/reports?report=" + form.getReportId();
		}
		return "redirect:/cases/" + standing.caseId() + "/whereabouts";
	}

	private String again(CaseStanding standing, UUID entryId, EntryForm form, Model model, HttpServletResponse response,
			List<PlaceCandidate> placeCandidates, List<PlaceCandidate> fromCandidates, int status) {
		response.setStatus(status);
		model.addAttribute("entryId", entryId);
		if (form.getReportId() != null) {
			try {
				Reports.Reading reading = reports.reread(viewers.get(), standing, form.getReportId());
				model.addAttribute("reading", reading);
				Integer index = form.getReportProposal();
				Proposal current = index != null && index >= 0 && index < reading.proposals().size() ? reading.proposals().get(index) : null;
				if (current != null) {
					return form(standing, model, placeCandidates.isEmpty() ? current.candidates() : placeCandidates,
							fromCandidates.isEmpty() ? current.fromCandidates() : fromCandidates, current);
				}
			}
			catch (NotFoundException notTheirs) {
				// the report is not this viewer's to read back: the form alone
			}
		}
		return form(standing, model, placeCandidates, fromCandidates, null);
	}

	private String form(CaseStanding standing, Model model, List<PlaceCandidate> placeCandidates, List<PlaceCandidate> fromCandidates,
			Proposal current) {
		model.addAttribute("caseFile", standing.visibleCase());
		model.addAttribute("persons", persons.persons(standing));
		model.addAttribute("sources", sources.sources(standing));
		model.addAttribute("kinds", EntryKind.values());
		model.addAttribute("certainties", Certainty.values());
		model.addAttribute("placeCandidates", placeCandidates);
		model.addAttribute("fromCandidates", fromCandidates);
		model.addAttribute("current", current);
		if (!model.containsAttribute("flags")) {
			model.addAttribute("flags", List.of());
		}
		return "whereabouts/entry";
	}

	/** What the "New information" box on a page of its own needs (the timeline is not shown beside it). */
	private void timeline(CaseStanding standing, Model model) {
		model.addAttribute("caseFile", standing.visibleCase());
		model.addAttribute("sources", sources.sources(standing));
		model.addAttribute("mayRecord", WhereaboutsRecords.mayRecord(standing));
		model.addAttribute("today", LocalDate.now());
	}

	private void show(CaseStanding standing, Model model, Timeline timeline) {
		model.addAttribute("caseFile", standing.visibleCase());
		model.addAttribute("timeline", timeline);
		// The table of distances names the places of the entries shown (the map draws more, from its own route).
		model.addAttribute("mapPlaces", WhereaboutsMap.of(timeline).places());
		model.addAttribute("sources", sources.sources(standing));
		model.addAttribute("mayRecord", WhereaboutsRecords.mayRecord(standing));
		model.addAttribute("today", LocalDate.now());
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
