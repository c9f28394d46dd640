package org.vigil.appeals.internal;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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
import org.vigil.cases.VisibleCase;

/**
 * The appeal pages: the list of a case's appeals (a fragment the case page loads), drafting,
 * the appeal with its edit form while it is a draft, and the review steps. Steps are offered only
 * to those the rules allow; a refused step shows why, a stale one asks to read the appeal again.
 */
@Controller
@RequestMapping("/cases/{caseId}/appeals")
class AppealPagesController {

	/**
	 * A field that someone else saved with another value than the one typed, and that value, as the
	 * conflict notice shows it (the editor may read the appeal's text, so nothing is withheld).
	 */
	record Difference(String field, String to) {

		public boolean isProtected() {
			return false;
		}

	}

	private final AppealRecords records;

	private final AppealDrafting drafting;

	private final AppealReview review;

	private final CurrentViewer viewers;

	private final ApprovalSignature signature;

	AppealPagesController(AppealRecords records, AppealDrafting drafting, AppealReview review, CurrentViewer viewers,
			ApprovalSignature signature) {
		this.records = records;
		this.drafting = drafting;
		this.review = review;
		this.viewers = viewers;
		this.signature = signature;
	}

	/** The appeals of the case: a fragment when htmx asks for it (the case page), else a page. */
	@GetMapping
	String list(@PathVariable UUID caseId, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Viewer viewer = viewers.get();
		model.addAttribute("caseFile", records.caseOf(viewer, caseId));
		model.addAttribute("appeals", records.list(viewer, caseId));
		model.addAttribute("mayDraft", drafting.refusalToDraft(viewer, caseId).isEmpty());
		return htmx != null ? "appeals/list :: appeals" : "appeals/list";
	}

	@GetMapping("/new")
	String newAppeal(@PathVariable UUID caseId, Model model, HttpServletResponse response) {
		Viewer viewer = viewers.get();
		model.addAttribute("appealForm", new AppealForm());
		drafting.refusalToDraft(viewer, caseId).ifPresent(refusal -> refuse(refusal, model, response));
		return newForm(viewer, caseId, model);
	}

	@PostMapping("/new")
	String draft(@PathVariable UUID caseId, @Valid @ModelAttribute("appealForm") AppealForm form, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		if (binding.hasErrors()) {
			return newForm(viewer, caseId, model);
		}
		AppealOutcome outcome = drafting.draft(viewer, caseId, form.content());
		if (outcome instanceof AppealOutcome.Refused refused) {
			refuse(refused.refusal(), model, response);
			return newForm(viewer, caseId, model);
		}
		AppealView drafted = ((AppealOutcome.Done) outcome).appeal();
		redirect.addFlashAttribute("done", "appeal.saved");
		return "redirect:/cases/" + caseId + "/appeals/" + drafted.id();
	}

	@GetMapping("/{appealId}")
	String show(@PathVariable UUID caseId, @PathVariable UUID appealId, Model model) {
		Viewer viewer = viewers.get();
		AppealView appeal = records.read(viewer, caseId, appealId);
		return page(viewer, caseId, appeal, null, model);
	}

	@PostMapping("/{appealId}")
	String save(@PathVariable UUID caseId, @PathVariable UUID appealId, @Valid @ModelAttribute("appealForm") AppealForm form,
			BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		if (binding.hasErrors()) {
			return page(viewer, caseId, records.view(records.find(viewer, caseId, appealId).appeal()), form, model);
		}
		long base = form.getVersion() == null ? -1 : form.getVersion();
		AppealOutcome outcome = drafting.edit(viewer, caseId, appealId, form.content(), base);
		if (outcome instanceof AppealOutcome.Stale stale) {
			// Keep what the user typed; adopt the current version so that saving again is a decision.
			form.setVersion(stale.current().version());
			model.addAttribute("conflict", stale);
			model.addAttribute("differences", stale.differingFields().stream()
				.map(field -> new Difference(field, stale.current().content().valueOf(field)))
				.toList());
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(viewer, caseId, stale.current(), form, model);
		}
		return after(viewer, caseId, appealId, outcome, "appeal.saved", model, response, redirect);
	}

	@PostMapping("/{appealId}/submit")
	String submit(@PathVariable UUID caseId, @PathVariable UUID appealId, @RequestParam long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		return after(viewer, caseId, appealId, review.submit(viewer, caseId, appealId, version), "appeal.submitted", model,
				response, redirect);
	}

	@PostMapping("/{appealId}/approve")
	String approve(@PathVariable UUID caseId, @PathVariable UUID appealId, @RequestParam long version,
			@RequestParam(defaultValue = "") String password, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		return after(viewer, caseId, appealId, review.approve(viewer, caseId, appealId, version, () -> signature.confirmed(password)),
				"appeal.approved", model, response, redirect);
	}


	@PostMapping("/{appealId}/return")
	String returnToDraft(@PathVariable UUID caseId, @PathVariable UUID appealId, @RequestParam long version,
			@RequestParam(required = false) String comment, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		if (comment == null || comment.isBlank() || comment.length() > AppealReview.MAX_COMMENT) {
			model.addAttribute("commentProblem", true);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(viewer, caseId, records.view(records.find(viewer, caseId, appealId).appeal()), null, model);
		}
		return after(viewer, caseId, appealId, review.returnToDraft(viewer, caseId, appealId, version, comment),
				"appeal.returned", model, response, redirect);
	}

	/** Back to the appeal with a note when done; the appeal again with the reason when not. */
	private String after(Viewer viewer, UUID caseId, UUID appealId, AppealOutcome outcome, String doneKey, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (outcome instanceof AppealOutcome.Refused refused) {
			refuse(refused.refusal(), model, response);
			return page(viewer, caseId, records.view(records.find(viewer, caseId, appealId).appeal()), null, model);
		}
		if (outcome instanceof AppealOutcome.Stale stale) {
			model.addAttribute("stale", stale.current());
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(viewer, caseId, stale.current(), null, model);
		}
		redirect.addFlashAttribute("done", doneKey);
		return "redirect:/cases/" + caseId + "/appeals/" + appealId;
	}

	private static void refuse(Refusal refusal, Model model, HttpServletResponse response) {
		model.addAttribute("refusal", "appeal.refused." + refusal.name());
		response.setStatus(refusal.forbidden() ? HttpStatus.FORBIDDEN.value() : HttpStatus.CONFLICT.value());
	}

	private String newForm(Viewer viewer, UUID caseId, Model model) {
		model.addAttribute("caseFile", records.caseOf(viewer, caseId));
		return "appeals/form";
	}

	/** The appeal page; {@code form} is what the user typed, or {@code null} for the saved appeal. */
	private String page(Viewer viewer, UUID caseId, AppealView appeal, AppealForm form, Model model) {
		VisibleCase caseFile = records.caseOf(viewer, caseId);
		AppealPermissions may = AppealPolicy.permissions(viewer, records.mayChangeCase(viewer, caseId), caseFile.teamId(),
				appeal.facts());
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("appeal", appeal);
		model.addAttribute("may", may);
		model.addAttribute("needsPassword", may.mayApprove() && signature.needsPassword());
		if (may.mayEdit()) {
			model.addAttribute("appealForm", Optional.ofNullable(form).orElseGet(() -> AppealForm.of(appeal)));
		}
		return "appeals/show";
	}

}
