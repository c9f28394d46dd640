package org.vigil.dispatch.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.Refused;
import org.vigil.platform.web.Dates;
import org.vigil.platform.web.FormRefusals;

/**
 * Replies on the appeal's page: the form to log one received by post, fax or a call (with its scan),
 * the impact (HURIDOCS MT44) an officer judges a reply to show, set or changed on the version shown,
 * and the download of a reply's files.
 */
@Controller
class ReplyPagesController {

	private final Replies replies;

	private final CurrentViewer viewers;

	private final Dates dates;

	ReplyPagesController(Replies replies, CurrentViewer viewers, Dates dates) {
		this.replies = replies;
		this.viewers = viewers;
		this.dates = dates;
	}

	@GetMapping("/cases/{caseId}/appeals/{appealId}/responses/new")
	String form(CaseStanding standing, @PathVariable UUID appealId, Model model) {
		// Whoever sees the case sees the page; one who may not log a reply is told why instead of the form.
		replies.loggingRefused(viewers.get(), standing, appealId)
			.ifPresent(rule -> model.addAttribute("refusal", "refusal." + rule.name()));
		ReplyForm reply = new ReplyForm();
		reply.setReceivedOn(LocalDate.now(dates.zone()).toString());
		return page(standing, appealId, reply, model);
	}

	/**
	 * Logs the reply, with its scan when a file was chosen ({@code scan}: a PDF or an image). A field or a scan
	 * refused shows the form again, saying why, and nothing is kept.
	 */
	@PostMapping("/cases/{caseId}/appeals/{appealId}/responses")
	String log(CaseStanding standing, @PathVariable UUID appealId, @ModelAttribute("reply") ReplyForm reply, BindingResult form,
			@RequestParam(name = ReplyScans.FIELD, required = false) MultipartFile scan, Model model, RedirectAttributes redirect)
			throws IOException {
		ReplyForm.Checked checked = reply.check(dates.zone(), LocalDate.now(dates.zone()));
		checked.refusals().forEach(refusal -> FormRefusals.reject(form, refusal));
		ReplyScans.Checked scanned = ReplyScans.check(scan, ReplyScans.FIELD, false);
		scanned.refusal().ifPresent(refusal -> FormRefusals.reject(form, refusal));
		if (checked.reply().isEmpty() || scanned.refusal().isPresent()) {
			return page(standing, appealId, reply, model);
		}
		try {
			replies.log(viewers.get(), standing, appealId, checked.reply().get(), scanned.scan());
		}
		catch (Refused refused) {
			FormRefusals.show(form, refused);
			return page(standing, appealId, reply, model);
		}
		redirect.addFlashAttribute("done", "dispatch.logReply.done");
		return "redirect:/cases/" + standing.caseId() + "/appeals/" + appealId;
	}

	/** The impact chosen for a reply ({@code impact} blank: not judged), on the {@code version} shown. */
	@PostMapping("/cases/{caseId}/appeals/{appealId}/responses/{replyId}/impact")
	String judge(CaseStanding standing, @PathVariable UUID appealId, @PathVariable UUID replyId,
			@RequestParam(required = false) String impact, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		ResponseImpact judged = null;
		for (ResponseImpact value : ResponseImpact.values()) {
			judged = value.name().equals(impact) ? value : judged;
		}
		if (judged == null && impact != null && !impact.isBlank()) {
			redirect.addFlashAttribute("refusal", "refusal." + DispatchRule.REPLY_FIELD_REQUIRED.name());
		}
		else {
			try {
				replies.judge(viewers.get(), standing, appealId, replyId, judged, version);
				redirect.addFlashAttribute("done", "dispatch.impact.judged");
			}
			catch (Refused refused) {
				redirect.addFlashAttribute("refusal", refused.refusal().messageKey());
			}
		}
		return "redirect:/cases/" + standing.caseId() + "/appeals/" + appealId;
	}

	/** A file of a reply — an attachment of a message, a scan — as an attachment, never shown inside Vigil. */
	@GetMapping("/cases/{caseId}/appeals/{appealId}/responses/{replyId}/files/{fileId}")
	ResponseEntity<byte[]> file(CaseStanding standing, @PathVariable UUID appealId, @PathVariable UUID replyId, @PathVariable UUID fileId) {
		return ReplyFiles.download(replies.file(viewers.get(), standing, appealId, replyId, fileId));
	}

	private String page(CaseStanding standing, UUID appealId, ReplyForm reply, Model model) {
		model.addAttribute("caseId", standing.caseId());
		model.addAttribute("appealId", appealId);
		model.addAttribute("reply", reply);
		model.addAttribute("vias", ReceivedVia.values());
		model.addAttribute("types", ResponseType.values());
		model.addAttribute("impacts", ResponseImpact.values());
		model.addAttribute("scanMegabytes", ReplyScans.MAX_MEGABYTES);
		return "dispatch/reply";
	}

}
