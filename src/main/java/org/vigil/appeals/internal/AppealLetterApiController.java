package org.vigil.appeals.internal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.appeals.AppealStatus;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;

/**
 * The letter of an approved appeal as a PDF, for whoever may see the case (the case registry
 * checked that); each download is audited, as any read of an appeal's text is.
 */
@RestController
class AppealLetterApiController {

	private final AppealRepository appeals;

	private final ApprovedLetters letters;

	private final AppealAudit audit;

	private final CurrentViewer viewers;

	AppealLetterApiController(AppealRepository appeals, ApprovedLetters letters, AppealAudit audit, CurrentViewer viewers) {
		this.appeals = appeals;
		this.letters = letters;
		this.audit = audit;
		this.viewers = viewers;
	}

	/**
	 * Downloads the letter of an approved appeal as a PDF.
	 *
	 * <p>The letterhead, the date of approval, the references of the case and the appeal on every page, the addressee,
	 * the subject, the approved text and asks, and who approved it. An appeal not yet approved has no letter (409).
	 */
	@GetMapping("/api/cases/{caseId}/appeals/{appealId}/pdf")
	@ApiResponse(responseCode = "200", description = "The letter, as a PDF/A document.",
			content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> downloadLetter(CaseStanding standing, @PathVariable UUID appealId) {
		// Read once: its state decides here, and the letter is laid out from the same row.
		Appeal appeal = appeals.findByIdAndCaseId(appealId, standing.caseId()).orElseThrow(() -> new NotFoundException("Appeal"));
		if (standing.purged()) {
			throw Refusal.of(AppealRule.CASE_PURGED).toException();
		}
		if (appeal.status() != AppealStatus.APPROVED) {
			throw Refusal.of(AppealRule.LETTER_NOT_APPROVED).toException();
		}
		byte[] pdf = letters.pdf(appeal, standing.visibleCase().reference()).orElseThrow(() -> new NotFoundException("Appeal"));
		audit.record(viewers.get(), "appeal.letter-downloaded", standing.caseId(), appealId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"letter-" + appealId + ".pdf\"")
			.body(pdf);
	}

}
