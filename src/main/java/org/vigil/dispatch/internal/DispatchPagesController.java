package org.vigil.dispatch.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.AppealStatus;
import org.vigil.appeals.ApprovedAppeals;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.Refused;

/**
 * The dispatch part of an appeal's page (loaded by htmx from the appeal page): its delivery attempts
 * with their status, the form to send it by email, and its replies.
 */
@Controller
class DispatchPagesController {

	private final Dispatching dispatching;

	private final Replies replies;

	private final ApprovedAppeals appeals;

	private final Delivery delivery;

	private final CurrentViewer viewers;

	DispatchPagesController(Dispatching dispatching, Replies replies, ApprovedAppeals appeals, Delivery delivery, CurrentViewer viewers) {
		this.dispatching = dispatching;
		this.replies = replies;
		this.appeals = appeals;
		this.delivery = delivery;
		this.viewers = viewers;
	}

	@GetMapping("/cases/{caseId}/appeals/{appealId}/dispatch/section")
	String section(CaseStanding standing, @PathVariable UUID appealId, Model model) {
		Viewer viewer = viewers.get();
		List<DispatchApiModels.AttemptResponse> attempts = dispatching.attemptsOf(standing, appealId).stream()
			.map(DispatchApiModels.AttemptResponse::of).toList();
		AppealStatus status = appeals.statusOf(standing.caseId(), appealId).orElse(null);
		model.addAttribute("caseId", standing.caseId());
		model.addAttribute("appealId", appealId);
		model.addAttribute("attempts", attempts);
		model.addAttribute("approved", status == AppealStatus.APPROVED);
		model.addAttribute("mayDispatch", delivery.mailConfigured()
				&& DispatchPolicy.toDispatch(viewer, standing.visibleCase().teamId(), status, standing.purged()).isEmpty());
		model.addAttribute("mailConfigured", delivery.mailConfigured());
		model.addAttribute("replies", replies.ofAppeal(viewer, standing, appealId));
		return "dispatch/section :: section";
	}

	@PostMapping("/cases/{caseId}/appeals/{appealId}/dispatch")
	String dispatch(CaseStanding standing, @PathVariable UUID appealId, @RequestParam(required = false) String to,
			@RequestParam(required = false) String name, RedirectAttributes redirect) {
		String back = "redirect:/cases/" + standing.caseId() + "/appeals/" + appealId;
		Optional<String> problem = FormText.problem(to, 254, false).or(() -> FormText.problem(name, 300, false));
		if (problem.isPresent() || to == null || !to.contains("@")) {
			redirect.addFlashAttribute("refusal", "dispatch.addressInvalid");
			return back;
		}
		try {
			dispatching.dispatch(viewers.get(), standing, appealId, List.of(new Dispatching.Choice(null, Channel.EMAIL, to, name, null)));
			redirect.addFlashAttribute("done", "dispatch.requested");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("refusal", refused.refusal().messageKey());
		}
		catch (DataIntegrityViolationException sameDestinationMeanwhile) {
			redirect.addFlashAttribute("refusal", "refusal." + DispatchRule.ALREADY_DISPATCHED.name());
		}
		return back;
	}

	@GetMapping("/triage")
	String triage(Model model) {
		model.addAttribute("messages", replies.triage(viewers.get()));
		model.addAttribute("types", ResponseType.values());
		return "dispatch/triage";
	}

	@PostMapping("/triage/fetch")
	String fetch(RedirectAttributes redirect) {
		try {
			MailboxIntake.Intake took = replies.fetch(viewers.get());
			redirect.addFlashAttribute("fetched", took);
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("refusal", refused.refusal().messageKey());
		}
		return "redirect:/triage";
	}

	@PostMapping("/triage/{replyId}/attach")
	String attach(@PathVariable UUID replyId, @RequestParam(required = false) String reference,
			@RequestParam(required = false) ResponseType type, RedirectAttributes redirect) {
		Optional<DeliveryAttempt> letter = reference == null ? Optional.empty() : dispatching.sentUnder(reference.strip());
		if (letter.isEmpty() || type == null) {
			redirect.addFlashAttribute("refusal", "dispatch.referenceUnknown");
			return "redirect:/triage";
		}
		try {
			replies.attach(viewers.get(), replyId, letter.get().caseId(), letter.get().appealId(), type);
			redirect.addFlashAttribute("done", "dispatch.attached");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("refusal", refused.refusal().messageKey());
		}
		return "redirect:/triage";
	}

	@PostMapping("/triage/{replyId}/dismiss")
	String dismiss(@PathVariable UUID replyId, RedirectAttributes redirect) {
		try {
			replies.dismiss(viewers.get(), replyId);
			redirect.addFlashAttribute("done", "dispatch.dismissed");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("refusal", refused.refusal().messageKey());
		}
		return "redirect:/triage";
	}

}
