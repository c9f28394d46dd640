package org.vigil.evidence.internal;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.web.RefusalStatus;

/**
 * The evidence files of a case: the list (a fragment the case page loads, or a page of its own),
 * uploading, and downloading after the identities are revealed.
 */
@Controller
@RequestMapping("/cases/{caseId}/files")
class EvidencePagesController {

	private final EvidenceFiles evidence;

	private final CurrentViewer viewers;

	EvidencePagesController(EvidenceFiles evidence, CurrentViewer viewers) {
		this.evidence = evidence;
		this.viewers = viewers;
	}

	@GetMapping
	String list(CaseStanding standing, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		page(viewers.get(), standing, model);
		return htmx != null ? "evidence/files :: evidence" : "evidence/files";
	}

	@PostMapping
	String upload(CaseStanding standing, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String description, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		Viewer viewer = viewers.get();
		EvidenceFiles.Uploaded outcome = evidence.upload(viewer, standing, EvidenceFiles.Upload.of(file, description));
		if (outcome instanceof EvidenceFiles.Rejected rejected) {
			response.setStatus(RefusalStatus.of(rejected.refusal()));
			model.addAttribute("problem", rejected.refusal().messageKey());
			page(viewer, standing, model);
			return "evidence/files";
		}
		redirect.addFlashAttribute("evidenceMessage", "evidence.uploaded");
		return "redirect:/cases/" + standing.caseId() + "#evidence";
	}

	/** The file as an attachment; when it is withheld, the error page says why. */
	@GetMapping("/{fileId}")
	ResponseEntity<byte[]> download(CaseStanding standing, @PathVariable UUID fileId) {
		return EvidenceDownloads.answer(evidence.download(viewers.get(), standing, fileId));
	}

	private void page(Viewer viewer, CaseStanding standing, Model model) {
		model.addAttribute("caseFile", standing.visibleCase());
		model.addAttribute("files", evidence.list(viewer, standing));
		model.addAttribute("mayUpload", EvidenceFiles.mayUpload(standing));
		model.addAttribute("maxMegabytes", EvidenceFiles.MAX_MEGABYTES);
	}

}
