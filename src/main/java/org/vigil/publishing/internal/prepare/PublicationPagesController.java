package org.vigil.publishing.internal.prepare;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;
import org.vigil.platform.web.Dates;
import org.vigil.platform.web.FormRefusals;
import org.vigil.platform.web.TimeZoneChoice;

/**
 * The reviewer's pages: the list of publications, one publication to edit, check and release (or
 * correct and withdraw once published), and the case page's part "Published about this case".
 */
@Controller
class PublicationPagesController {

	static final int LIST_SIZE = 100;

	private final Publications publications;

	private final CurrentViewer viewers;

	private final Dates dates;

	private final ObjectProvider<TimeZoneChoice> zones;

	PublicationPagesController(Publications publications, CurrentViewer viewers, Dates dates, ObjectProvider<TimeZoneChoice> zones) {
		this.publications = publications;
		this.viewers = viewers;
		this.dates = dates;
		this.zones = zones;
	}

	@GetMapping("/publications")
	String list(@RequestParam(required = false) PublicationStatus status, Model model) {
		model.addAttribute("publications", publications.list(viewers.get(), null, status, LIST_SIZE, 0));
		model.addAttribute("statuses", PublicationStatus.values());
		model.addAttribute("status", status);
		return "publishing/list";
	}

	/** What the case page loads into its part: what was published about the case, and for reviewers a way to prepare more. */
	@GetMapping("/cases/{caseId}/publications/section")
	String section(CaseStanding standing, Model model) {
		Viewer viewer = viewers.get();
		model.addAttribute("caseId", standing.caseId());
		model.addAttribute("publications", publications.ofCase(standing.caseId(), LIST_SIZE));
		boolean mayPrepare = PublicationPolicy.mayWorkOn(viewer, standing).isEmpty();
		model.addAttribute("mayPrepare", mayPrepare);
		model.addAttribute("appeals", mayPrepare ? publications.dispatchedAppeals(standing.caseId()) : List.of());
		return "publishing/section :: section";
	}

	@PostMapping("/cases/{caseId}/publications")
	String prepare(CaseStanding standing, @RequestParam(required = false) UUID appealId,
			@RequestParam(defaultValue = "en") String language) {
		Viewer viewer = viewers.get();
		Publication prepared = appealId != null ? publications.prepareFromAppeal(viewer, standing, appealId)
				: publications.preparePressRelease(viewer, standing, language);
		return "redirect:/publications/" + prepared.id();
	}

	@GetMapping("/publications/{id}")
	String show(@PathVariable UUID id, Model model) {
		Publications.Found found = publications.find(viewers.get(), id);
		if (found.publication().text() != null) {
			model.addAttribute("publicationForm", PublicationForm.of(found.publication()));
		}
		return page(found, model);
	}

	@PostMapping("/publications/{id}")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("publicationForm") PublicationForm form, BindingResult binding,
			Model model) {
		Viewer viewer = viewers.get();
		Publications.Found found = publications.find(viewer, id);
		if (binding.hasErrors()) {
			return page(found, model);
		}
		try {
			publications.edit(viewer, found, form.text(), form.getVersion());
		}
		catch (Refused refused) {
			FormRefusals.show(binding, refused);
			return page(found, model);
		}
		return "redirect:/publications/" + id;
	}

	/**
	 * Releases the draft, at once or at the embargo: a date and time in the reviewer's time zone — the one they chose under
	 * Settings, else their browser's ({@code embargoZone}, which the page fills in), else the organisation's.
	 */
	@PostMapping("/publications/{id}/release")
	String release(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime embargoUntil,
			@RequestParam(required = false) String embargoZone) {
		Viewer viewer = viewers.get();
		Instant until = embargoUntil == null ? null : embargoUntil.atZone(embargoZone(embargoZone)).toInstant();
		publications.release(viewer, publications.find(viewer, id), version, until);
		return "redirect:/publications/" + id;
	}

	@PostMapping("/publications/{id}/correct")
	String correct(@PathVariable UUID id, @Valid @ModelAttribute("publicationForm") PublicationForm form, BindingResult binding,
			@RequestParam(defaultValue = "") String note, Model model) {
		Viewer viewer = viewers.get();
		Publications.Found found = publications.find(viewer, id);
		if (binding.hasErrors()) {
			return page(found, model);
		}
		publications.correct(viewer, found, form.getTitle(), form.getSummary(), form.getBody(), note, form.getVersion());
		return "redirect:/publications/" + id;
	}

	@PostMapping("/publications/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String notice) {
		Viewer viewer = viewers.get();
		publications.withdraw(viewer, publications.find(viewer, id), notice, version);
		return "redirect:/publications/" + id;
	}

	/** The reader's own time zone if they chose one, else the one their browser gave, else the organisation's. */
	private ZoneId embargoZone(String given) {
		Optional<ZoneId> chosen = chosenZone();
		if (chosen.isPresent() || given == null || given.isBlank()) {
			return chosen.orElse(dates.zone());
		}
		try {
			return ZoneId.of(given.strip());
		}
		catch (DateTimeException unknown) {
			throw Refusal.onField(PublicationRule.EMBARGO_ZONE_UNKNOWN, "embargoZone").toException();
		}
	}

	private Optional<ZoneId> chosenZone() {
		TimeZoneChoice choice = zones.getIfAvailable();
		return choice == null ? Optional.empty() : choice.ofCurrentReader();
	}

	private String page(Publications.Found found, Model model) {
		Publication publication = found.publication();
		Viewer viewer = viewers.get();
		model.addAttribute("publication", publication);
		model.addAttribute("warnings", publications.warnings(publication));
		model.addAttribute("isReviewer", viewer.has(Role.REVIEWER));
		model.addAttribute("languages", List.of("en", "ko", "zh"));
		model.addAttribute("regions", publications.regions());
		model.addAttribute("zoneChosen", chosenZone().isPresent());
		model.addAttribute("zone", dates.zone().getId());
		return "publishing/show";
	}

}
