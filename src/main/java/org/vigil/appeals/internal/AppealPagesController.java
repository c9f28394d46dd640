package org.vigil.appeals.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.vigil.appeals.DispatchedAppeals;
import org.vigil.appeals.DraftSource.Ask;
import org.vigil.appeals.DraftSource.DraftOrder;
import org.vigil.cases.CaseStanding;
import org.vigil.letters.LetterKind;
import org.vigil.platform.Refusal;
import org.vigil.platform.web.RefusalStatus;

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

	private final AppealWarnings warnings;

	private final AppealSigning signing;

	private final AppealSignatories signatories;

	private final SignatoryNoticeRepository notices;

	private final PartnerOrganisations partners;

	private final FollowUpDrafting followUps;

	private final ObjectProvider<DispatchedAppeals> dispatched;

	AppealPagesController(AppealRecords records, AppealDrafting drafting, AppealReview review, CurrentViewer viewers,
			ApprovalSignature signature, AppealWarnings warnings, AppealSigning signing, AppealSignatories signatories,
			SignatoryNoticeRepository notices, PartnerOrganisations partners, FollowUpDrafting followUps,
			ObjectProvider<DispatchedAppeals> dispatched) {
		this.followUps = followUps;
		this.dispatched = dispatched;
		this.warnings = warnings;
		this.partners = partners;
		this.signing = signing;
		this.signatories = signatories;
		this.notices = notices;
		this.records = records;
		this.drafting = drafting;
		this.review = review;
		this.viewers = viewers;
		this.signature = signature;
	}

	/** The appeals of the case: a fragment when htmx asks for it (the case page), else a page. */
	@GetMapping
	String list(CaseStanding standing, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Viewer viewer = viewers.get();
		model.addAttribute("caseFile", standing.visibleCase());
		model.addAttribute("appeals", records.list(viewer, standing));
		model.addAttribute("mayDraft", AppealDrafting.refusalToDraft(viewer, standing).isEmpty());
		return htmx != null ? "appeals/list :: appeals" : "appeals/list";
	}

	@GetMapping("/new")
	String newAppeal(CaseStanding standing, Model model, HttpServletResponse response) {
		model.addAttribute("appealForm", new AppealForm());
		AppealDrafting.refusalToDraft(viewers.get(), standing).ifPresent(rule -> refuse(Refusal.of(rule), model, response));
		return newForm(standing, model);
	}

	@PostMapping("/new")
	String draft(CaseStanding standing, @Valid @ModelAttribute("appealForm") AppealForm form, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return newForm(standing, model);
		}
		AppealOutcome outcome = drafting.draft(viewers.get(), standing, form.content(), form.getSignatoryIds(), form.getPartnerIds());
		if (outcome instanceof AppealOutcome.Refused refused) {
			refuse(refused.refusal(), model, response);
			return newForm(standing, model);
		}
		AppealView drafted = ((AppealOutcome.Done) outcome).appeal();
		redirect.addFlashAttribute("done", "appeal.saved");
		return "redirect:/cases/" + standing.caseId() + "/appeals/" + drafted.id();
	}

	/**
	 * What the drafting page sends to have Vigil write an urgent appeal.
	 *
	 * @param confirmed the unverified sources the drafter checked
	 * @param includeIdentities whether the letter names the people (a drafter to whom the identities are revealed)
	 */
	record GenerateForm(LetterKind kind, @NotBlank @Size(max = 35) @Pattern(regexp = AppealContent.LANGUAGE_TAG) String language,
			@Size(max = AppealApiModels.AppealRequest.MAX_ENTRIES) List<UUID> addresseeIds,
			@Size(max = AppealApiModels.AppealRequest.MAX_ENTRIES) List<UUID> copyIds, @Size(max = 10) List<Ask> chosenAsks,
			@Size(max = 100) Set<@Size(max = 300) String> confirmed, Boolean includeIdentities) {
	}

	/** Has Vigil write the draft the drafting page ordered, then opens it in the edit form. */
	@PostMapping("/generate")
	String generate(CaseStanding standing, @Valid @ModelAttribute GenerateForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		model.addAttribute("appealForm", new AppealForm());
		AppealOutcome outcome = drafting.draftGenerated(viewer, standing, () -> {
			if (binding.hasErrors() || form.addresseeIds() == null || form.addresseeIds().isEmpty()) {
				throw Refusal.onField(AppealRule.ADDRESSEE_REQUIRED, "addresseeIds").toException();
			}
			return new DraftOrder(standing, viewer, form.kind() == null ? LetterKind.URGENT_APPEAL : form.kind(),
					AppealContent.typed(null, form.language(), null, null, null).language(), form.addresseeIds(), form.copyIds(),
					form.chosenAsks(), form.confirmed(), Boolean.TRUE.equals(form.includeIdentities()));
		});
		if (outcome instanceof AppealOutcome.Refused refused) {
			refuse(refused.refusal(), model, response);
			return newForm(standing, model);
		}
		redirect.addFlashAttribute("done", "appeal.generated");
		return "redirect:/cases/" + standing.caseId() + "/appeals/" + ((AppealOutcome.Done) outcome).appeal().id();
	}

	@GetMapping("/{appealId}")
	String show(CaseStanding standing, @PathVariable UUID appealId, Model model) {
		Viewer viewer = viewers.get();
		AppealView appeal = records.read(viewer, standing, appealId);
		notices.deleteByUserIdAndAppealId(viewer.userId(), appealId); // the notice led here: it was seen
		return page(viewer, standing, appeal, null, model);
	}

	@PostMapping("/{appealId}")
	String save(CaseStanding standing, @PathVariable UUID appealId, @Valid @ModelAttribute("appealForm") AppealForm form,
			BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		if (binding.hasErrors()) {
			return page(viewer, standing, records.view(records.find(standing, appealId)), form, model);
		}
		long base = form.getVersion() == null ? -1 : form.getVersion();
		AppealOutcome outcome = drafting.edit(viewer, standing, appealId, form.content(), form.getSignatoryIds(), form.getPartnerIds(), base);
		if (outcome instanceof AppealOutcome.Stale stale) {
			// Keep what the user typed; adopt the current version so that saving again is a decision.
			form.setVersion(stale.current().version());
			model.addAttribute("conflict", stale);
			model.addAttribute("differences", stale.differingFields().stream()
				.map(field -> new Difference(field, stale.current().content().valueOf(field)))
				.toList());
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(viewer, standing, stale.current(), form, model);
		}
		return after(viewer, standing, appealId, outcome, "appeal.saved", model, response, redirect);
	}

	/**
	 * Submits the draft; when Vigil has warnings on its text, the drafter sees them first and submits
	 * only once they say they have read them ({@code confirmWarnings}).
	 */
	@PostMapping("/{appealId}/submit")
	String submit(CaseStanding standing, @PathVariable UUID appealId, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirmWarnings, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		if (!confirmWarnings) {
			AppealView appeal = records.view(records.find(standing, appealId));
			if (appeal.status() == org.vigil.appeals.AppealStatus.DRAFT && !warnings.of(appeal, LocaleContextHolder.getLocale()).isEmpty()) {
				model.addAttribute("confirmWarnings", true);
				response.setStatus(HttpStatus.CONFLICT.value());
				return page(viewer, standing, appeal, null, model);
			}
		}
		return after(viewer, standing, appealId, review.submit(viewer, standing, appealId, version), "appeal.submitted", model,
				response, redirect);
	}

	/** Has Vigil write a follow-up of this appeal, which went out, and opens it in the edit form. */
	@PostMapping("/{appealId}/follow-up")
	String followUp(CaseStanding standing, @PathVariable UUID appealId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		AppealOutcome outcome = followUps.draft(viewer, standing, appealId, null, null);
		if (outcome instanceof AppealOutcome.Refused refused) {
			refuse(refused.refusal(), model, response);
			return page(viewer, standing, records.view(records.find(standing, appealId)), null, model);
		}
		redirect.addFlashAttribute("done", "appeal.generated");
		return "redirect:/cases/" + standing.caseId() + "/appeals/" + ((AppealOutcome.Done) outcome).appeal().id();
	}

	@PostMapping("/{appealId}/approve")
	String approve(CaseStanding standing, @PathVariable UUID appealId, @RequestParam long version,
			@RequestParam(defaultValue = "") String password, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		return after(viewer, standing, appealId, review.approve(viewer, standing, appealId, version, () -> signature.confirmed(password)),
				"appeal.approved", model, response, redirect);
	}

	@PostMapping("/{appealId}/approvals/mine/withdraw")
	String withdraw(CaseStanding standing, @PathVariable UUID appealId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		return after(viewer, standing, appealId, signing.withdraw(viewer, standing, appealId), "appeal.approvalWithdrawn", model,
				response, redirect);
	}

	@PostMapping("/{appealId}/return")
	String returnToDraft(CaseStanding standing, @PathVariable UUID appealId, @RequestParam long version,
			@RequestParam(required = false) String comment, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		if (comment == null || comment.isBlank() || comment.length() > AppealReview.MAX_COMMENT) {
			model.addAttribute("commentProblem", true);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(viewer, standing, records.view(records.find(standing, appealId)), null, model);
		}
		return after(viewer, standing, appealId, review.returnToDraft(viewer, standing, appealId, version, comment),
				"appeal.returned", model, response, redirect);
	}

	/** Back to the appeal with a note when done; the appeal again with the reason when not. */
	private String after(Viewer viewer, CaseStanding standing, UUID appealId, AppealOutcome outcome, String doneKey, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (outcome instanceof AppealOutcome.Refused refused) {
			refuse(refused.refusal(), model, response);
			return page(viewer, standing, records.view(records.find(standing, appealId)), null, model);
		}
		if (outcome instanceof AppealOutcome.Stale stale) {
			model.addAttribute("stale", stale.current());
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(viewer, standing, stale.current(), null, model);
		}
		redirect.addFlashAttribute("done", doneKey);
		return "redirect:/cases/" + standing.caseId() + "/appeals/" + appealId;
	}

	private static void refuse(Refusal refusal, Model model, HttpServletResponse response) {
		model.addAttribute("refusal", refusal.messageKey());
		response.setStatus(RefusalStatus.of(refusal));
	}

	private String newForm(CaseStanding standing, Model model) {
		model.addAttribute("caseFile", standing.visibleCase());
		model.addAttribute("candidates", signatories.candidates());
		model.addAttribute("partnerChoices", partners.all());
		return "appeals/form";
	}

	/** The appeal page; {@code form} is what the user typed, or {@code null} for the saved appeal. */
	private String page(Viewer viewer, CaseStanding standing, AppealView appeal, AppealForm form, Model model) {
		AppealPermissions may = AppealPolicy.permissions(viewer, standing.mayChange(), standing.visibleCase().teamId(),
				appeal.facts());
		model.addAttribute("caseFile", standing.visibleCase());
		model.addAttribute("appeal", appeal);
		model.addAttribute("may", may);
		List<AppealSignatories.Signatory> signing = appeal.purged() ? List.of()
				: signatories.of(records.find(standing, appeal.id()), SignedText.digest(appeal.content()));
		boolean signed = signing.stream().anyMatch(s -> s.userId().equals(viewer.userId()) && s.approvedAt() != null);
		boolean maySign = signing.isEmpty() ? may.mayApprove() : AppealPolicy.toSign(viewer, standing.visibleCase().teamId(), appeal.facts(),
				appeal.signatoryIds(), signing.stream().anyMatch(s -> s.userId().equals(viewer.userId()) && s.approved())).isEmpty();
		model.addAttribute("signatories", signing);
		model.addAttribute("maySign", maySign);
		model.addAttribute("mayWithdraw", signed && appeal.status() != org.vigil.appeals.AppealStatus.DRAFT);
		model.addAttribute("candidates", signatories.candidates());
		model.addAttribute("partnerChoices", partners.all());
		model.addAttribute("partners", appeal.partnerIds().isEmpty() ? List.of()
				: partners.all().stream().filter(p -> appeal.partnerIds().contains(p.id())).toList());
		model.addAttribute("needsPassword", maySign && signature.needsPassword());
		DispatchedAppeals sent = dispatched.getIfAvailable();
		model.addAttribute("mayFollowUp", appeal.status() == org.vigil.appeals.AppealStatus.APPROVED && sent != null
				&& AppealDrafting.refusalToDraft(viewer, standing).isEmpty() && sent.dispatched(standing.caseId(), appeal.id()));
		if (may.mayEdit()) {
			model.addAttribute("appealForm", Optional.ofNullable(form).orElseGet(() -> AppealForm.of(appeal)));
		}
		if (appeal.status() == org.vigil.appeals.AppealStatus.DRAFT && (may.mayEdit() || may.maySubmit())) {
			model.addAttribute("warnings", warnings.of(appeal, LocaleContextHolder.getLocale()));
		}
		return "appeals/show";
	}

}
