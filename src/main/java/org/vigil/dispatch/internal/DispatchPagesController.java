package org.vigil.dispatch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
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
 * with their status; the form to send it, with every channel of its addressees and copies to tick;
 * the letters that wait for an officer (the print run of letters by post, the text to paste into a
 * web form and its confirmation number); and its replies.
 */
@Controller
class DispatchPagesController {

	private final Dispatching dispatching;

	private final DispatchOnApproval onApproval;

	private final Replies replies;

	private final ApprovedAppeals appeals;

	private final Delivery delivery;

	private final DispatchChoices choices;

	private final DispatchProperties properties;

	private final CurrentViewer viewers;

	DispatchPagesController(Dispatching dispatching, DispatchOnApproval onApproval, Replies replies, ApprovedAppeals appeals, Delivery delivery, DispatchChoices choices,
			DispatchProperties properties, CurrentViewer viewers) {
		this.dispatching = dispatching;
		this.onApproval = onApproval;
		this.replies = replies;
		this.appeals = appeals;
		this.delivery = delivery;
		this.choices = choices;
		this.properties = properties;
		this.viewers = viewers;
	}

	@GetMapping("/cases/{caseId}/appeals/{appealId}/dispatch/section")
	String section(CaseStanding standing, @PathVariable UUID appealId, Model model) {
		Viewer viewer = viewers.get();
		List<DeliveryAttempt> sent = dispatching.attemptsOf(standing, appealId);
		List<DispatchApiModels.AttemptResponse> attempts = sent.stream().map(DispatchApiModels.AttemptResponse::of).toList();
		AppealStatus status = appeals.statusOf(standing.caseId(), appealId).orElse(null);
		boolean mayDispatch = DispatchPolicy.toDispatch(viewer, standing.visibleCase().teamId(), status, standing.purged()).isEmpty();
		boolean mayChoose = status != null
				&& DispatchPolicy.toChooseOnApproval(viewer, standing.visibleCase().teamId(), status, standing.purged()).isEmpty();
		Optional<PlannedDispatch> plan = onApproval.planOf(standing, appealId);
		model.addAttribute("caseId", standing.caseId());
		model.addAttribute("appealId", appealId);
		model.addAttribute("attempts", attempts);
		model.addAttribute("approved", status == AppealStatus.APPROVED);
		model.addAttribute("mayDispatch", mayDispatch);
		model.addAttribute("mailConfigured", delivery.mailConfigured());
		model.addAttribute("faxConfigured", properties.fax().configured());
		model.addAttribute("faxMaxPages", properties.fax().maxPages());
		model.addAttribute("mayChoose", mayChoose);
		model.addAttribute("plan", plan.orElse(null));
		model.addAttribute("planRefusal", plan.map(PlannedDispatch::refusal).map(DispatchPagesController::notSentMessage).orElse(null));
		model.addAttribute("planned", plan.map(DispatchChoices::valuesOf).orElse(List.of()));
		model.addAttribute("offered", mayDispatch || mayChoose ? choices.offered(standing.visibleCase(), sent) : List.of());
		boolean byHand = attempts.stream().anyMatch(a -> !a.channel().sentByVigil() && a.status() == AttemptStatus.PENDING);
		model.addAttribute("letterText", mayDispatch && byHand ? appeals.find(standing.caseId(), appealId).map(LetterMail::text).orElse("") : "");
		model.addAttribute("postWaiting", attempts.stream().anyMatch(a -> a.channel() == Channel.POST && a.status() == AttemptStatus.PENDING));
		model.addAttribute("replies", replies.ofAppeal(viewer, standing, appealId));
		model.addAttribute("mayHandleReplies", status != null && !standing.purged()
				&& DispatchPolicy.toHandleReplies(viewer, standing.visibleCase().teamId()).isEmpty());
		model.addAttribute("impacts", ResponseImpact.values());
		return "dispatch/section :: section";
	}

	/**
	 * The dispatch page's form: the channels ticked ({@code choice}, {@code authorityId:CHANNEL}), and an
	 * email address typed in ({@code to}, {@code name}) for a destination the directory does not hold.
	 */
	@PostMapping("/cases/{caseId}/appeals/{appealId}/dispatch")
	String dispatch(CaseStanding standing, @PathVariable UUID appealId, @RequestParam(required = false) List<String> choice,
			@RequestParam(required = false) String to, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "false") boolean confirmLongFax, RedirectAttributes redirect) {
		String back = "redirect:/cases/" + standing.caseId() + "/appeals/" + appealId;
		Optional<List<Dispatching.Choice>> chosen = read(choice, to, name, redirect);
		if (chosen.isEmpty()) {
			return back;
		}
		try {
			dispatching.dispatch(viewers.get(), standing, appealId, chosen.get(), confirmLongFax);
			redirect.addFlashAttribute("done", "dispatch.requested");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("refusal", pageMessage(refused));
		}
		catch (DataIntegrityViolationException sameDestinationMeanwhile) {
			redirect.addFlashAttribute("refusal", "refusal." + DispatchRule.ALREADY_DISPATCHED.name());
		}
		return back;
	}

	/** The same form on an appeal not yet approved: where it is to go by itself once approved. */
	@PostMapping("/cases/{caseId}/appeals/{appealId}/dispatch/on-approval")
	String chooseOnApproval(CaseStanding standing, @PathVariable UUID appealId, @RequestParam(required = false) List<String> choice,
			@RequestParam(required = false) String to, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "false") boolean confirmLongFax, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		String back = "redirect:/cases/" + standing.caseId() + "/appeals/" + appealId;
		Optional<List<Dispatching.Choice>> chosen = read(choice, to, name, redirect);
		if (chosen.isEmpty()) {
			return back;
		}
		try {
			onApproval.choose(viewers.get(), standing, appealId, chosen.get(), confirmLongFax, version);
			redirect.addFlashAttribute("done", "dispatch.onApproval.chosen");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("refusal", pageMessage(refused));
		}
		return back;
	}

	@PostMapping("/cases/{caseId}/appeals/{appealId}/dispatch/on-approval/cancel")
	String cancelOnApproval(CaseStanding standing, @PathVariable UUID appealId, RedirectAttributes redirect) {
		try {
			onApproval.cancel(viewers.get(), standing, appealId);
			redirect.addFlashAttribute("done", "dispatch.onApproval.cancelled");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("refusal", refused.refusal().messageKey());
		}
		return "redirect:/cases/" + standing.caseId() + "/appeals/" + appealId;
	}

	/**
	 * Reads the dispatch form: the channels ticked ({@code authorityId:CHANNEL}, at most twenty) and an email
	 * address typed in; empty, with the message of what is wrong flashed for the page, when it cannot be used.
	 */
	private static Optional<List<Dispatching.Choice>> read(List<String> choice, String to, String name, RedirectAttributes redirect) {
		List<Dispatching.Choice> chosen = new ArrayList<>();
		Optional<String> wrong = Optional.empty();
		for (String value : choice == null ? List.<String>of() : choice) {
			Optional<Dispatching.Choice> one = DispatchChoices.choiceOf(value);
			if (one.isEmpty() || chosen.size() >= 20) {
				wrong = Optional.of("dispatch.choiceInvalid");
				break;
			}
			chosen.add(one.get());
		}
		boolean typed = to != null && !to.isBlank();
		Optional<String> problem = FormText.problem(to, 254, false).or(() -> FormText.problem(name, 300, false));
		if (wrong.isEmpty() && (problem.isPresent() || typed && !Addresses.fits(Channel.EMAIL, to.strip()) || !typed && chosen.isEmpty())) {
			wrong = Optional.of(chosen.isEmpty() && !typed ? "dispatch.nothingChosen" : "dispatch.addressInvalid");
		}
		if (wrong.isPresent()) {
			redirect.addFlashAttribute("refusal", wrong.get());
			return Optional.empty();
		}
		if (typed) {
			chosen.add(new Dispatching.Choice(null, Channel.EMAIL, to, name, null));
		}
		return Optional.of(chosen);
	}

	/** Why a dispatch on approval did not go, in the page's words (without the refusal's arguments). */
	private static String notSentMessage(String rule) {
		return switch (rule) {
			case "FAX_TOO_LONG" -> "dispatch.faxTooLong";
			case "ALREADY_DISPATCHED" -> "dispatch.onApproval.sentMeanwhile";
			case "ADDRESS_INVALID" -> "dispatch.addressInvalid";
			default -> "refusal." + rule;
		};
	}

	/** The appeal page shows a message without arguments: the page's own words for the fax limit. */
	private static String pageMessage(Refused refused) {
		return refused.refusal().rule() == DispatchRule.FAX_TOO_LONG ? "dispatch.faxTooLong" : refused.refusal().messageKey();
	}

	/** A letter by post or web form marked sent by the officer, with the form's confirmation number. */
	@PostMapping("/cases/{caseId}/appeals/{appealId}/dispatch/{attemptId}/sent")
	String markSent(CaseStanding standing, @PathVariable UUID appealId, @PathVariable UUID attemptId,
			@RequestParam(required = false) String receipt, RedirectAttributes redirect) {
		String back = "redirect:/cases/" + standing.caseId() + "/appeals/" + appealId;
		if (FormText.problem(receipt, 200, false).isPresent()) {
			redirect.addFlashAttribute("refusal", "dispatch.receiptInvalid");
			return back;
		}
		try {
			dispatching.markSent(viewers.get(), standing, appealId, attemptId, receipt);
			redirect.addFlashAttribute("done", "dispatch.markedSent");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("refusal", refused.refusal().messageKey());
		}
		return back;
	}

	/** The print run of the letters by post that wait: address labels and letters, one PDF. */
	@GetMapping("/cases/{caseId}/appeals/{appealId}/dispatch/print")
	ResponseEntity<byte[]> print(CaseStanding standing, @PathVariable UUID appealId) {
		return PrintBatchFile.answer(dispatching.printBatch(viewers.get(), standing, appealId), appealId);
	}

	@GetMapping("/triage")
	String triage(Model model) {
		model.addAttribute("messages", replies.triage(viewers.get()));
		model.addAttribute("types", ResponseType.values());
		model.addAttribute("impacts", ResponseImpact.values());
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
			@RequestParam(required = false) ResponseType type, @RequestParam(required = false) ResponseImpact impact,
			RedirectAttributes redirect) {
		Optional<DeliveryAttempt> letter = reference == null ? Optional.empty() : dispatching.sentUnder(reference.strip());
		if (letter.isEmpty() || type == null) {
			redirect.addFlashAttribute("refusal", "dispatch.referenceUnknown");
			return "redirect:/triage";
		}
		try {
			replies.attach(viewers.get(), replyId, letter.get().caseId(), letter.get().appealId(), type, impact);
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
