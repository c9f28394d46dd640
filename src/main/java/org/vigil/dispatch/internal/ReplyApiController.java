package org.vigil.dispatch.internal;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vigil.accounts.CurrentViewer;
import org.vigil.cases.CaseStanding;
import org.vigil.dispatch.internal.ReplyApiModels.AttachRequest;
import org.vigil.dispatch.internal.ReplyApiModels.FetchResponse;
import org.vigil.dispatch.internal.ReplyApiModels.ImpactRequest;
import org.vigil.dispatch.internal.ReplyApiModels.LoggedResponse;
import org.vigil.dispatch.internal.ReplyApiModels.ReplyResponse;

/**
 * Replies to appeals and the triage list of messages that matched none. Logging (and adding a scan),
 * attaching and dismissing are for advocacy officers and reviewers ({@code 403} otherwise); the triage
 * list and reading the mailbox also for administrators; a reply's files for whoever sees the case.
 */
@RestController
class ReplyApiController {

	private final Replies replies;

	private final CurrentViewer viewers;

	ReplyApiController(Replies replies, CurrentViewer viewers) {
		this.replies = replies;
		this.viewers = viewers;
	}

	/** Lists the replies to an appeal, oldest first: read from the mailbox, attached from triage or logged by hand. */
	@GetMapping("/api/cases/{caseId}/appeals/{appealId}/responses")
	List<ReplyResponse> listResponses(CaseStanding standing, @PathVariable UUID appealId) {
		return replies.ofAppeal(viewers.get(), standing, appealId).stream().map(ReplyResponse::of).toList();
	}

	/**
	 * Logs a reply received by fax, post or otherwise, with its type (HURIDOCS MT27) and, optionally, its impact (MT44).
	 *
	 * <p>Its sender, subject and text are encrypted with the case's key.
	 */
	@PostMapping("/api/cases/{caseId}/appeals/{appealId}/responses")
	@ResponseStatus(HttpStatus.CREATED)
	ReplyResponse logResponse(CaseStanding standing, @PathVariable UUID appealId, @Valid @RequestBody LoggedResponse request) {
		return ReplyResponse.of(replies.log(viewers.get(), standing, appealId, request));
	}

	/**
	 * Adds a scan to a reply logged by hand — the letter received by post, the fax — as the multipart part {@code file}:
	 * a PDF or an image (PNG, JPEG, TIFF), up to 25 MB.
	 *
	 * <p>Its name and content are encrypted with the case's key, like the attachments of a reply read from the mailbox. A reply
	 * read from the mailbox takes no scan ({@code 409}). Answers the reply, the scan among its {@code attachments}.
	 *
	 * @param file the scan
	 */
	@PostMapping("/api/cases/{caseId}/appeals/{appealId}/responses/{replyId}/files")
	@ResponseStatus(HttpStatus.CREATED)
	ReplyResponse addResponseScan(CaseStanding standing, @PathVariable UUID appealId, @PathVariable UUID replyId,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		return ReplyResponse.of(replies.addScan(viewers.get(), standing, appealId, replyId, ReplyScans.check(file, "file", true)));
	}

	/**
	 * Downloads a file of a reply to an appeal: an attachment of a message read from the mailbox, or the scan of a reply
	 * logged by hand.
	 *
	 * <p>Always an attachment of type {@code application/octet-stream}, whatever it holds, never to be shown inside Vigil.
	 */
	@GetMapping("/api/cases/{caseId}/appeals/{appealId}/responses/{replyId}/files/{fileId}")
	@ApiResponse(responseCode = "200", description = "The file as it was received, as an attachment under its name.",
			content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> downloadResponseFile(CaseStanding standing, @PathVariable UUID appealId, @PathVariable UUID replyId,
			@PathVariable UUID fileId) {
		return ReplyFiles.download(replies.file(viewers.get(), standing, appealId, replyId, fileId));
	}

	/**
	 * Sets or changes the impact of a reply to an appeal (HURIDOCS MT44; {@code null}: not judged), on the reply's
	 * {@code version}: a reply matched by the mailbox has none until an officer judges it.
	 */
	@PutMapping("/api/cases/{caseId}/appeals/{appealId}/responses/{replyId}/impact")
	ReplyResponse judgeResponse(CaseStanding standing, @PathVariable UUID appealId, @PathVariable UUID replyId,
			@Valid @RequestBody ImpactRequest request) {
		return ReplyResponse.of(replies.judge(viewers.get(), standing, appealId, replyId, request.impact(), request.version()));
	}

	/** Lists the messages from the reply mailbox that matched no appeal, oldest first, as plain text. */
	@GetMapping("/api/triage")
	List<ReplyResponse> listTriage() {
		return replies.triage(viewers.get()).stream().map(ReplyResponse::of).toList();
	}

	/** Reads the reply mailbox now, matching what arrived to appeals; answers how many messages were read, matched and left in triage. */
	@PostMapping("/api/triage/fetch")
	FetchResponse fetchMailbox() {
		MailboxIntake.Intake took = replies.fetch(viewers.get());
		return new FetchResponse(took.read(), took.matched(), took.triaged(), took.reports());
	}

	/** Attaches a message waiting in triage to an appeal, with its type; it is then encrypted with that case's key. */
	@PostMapping("/api/triage/{replyId}/attach")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void attachReply(@PathVariable UUID replyId, @Valid @RequestBody AttachRequest request) {
		replies.attach(viewers.get(), replyId, request.caseId(), request.appealId(), request.type(), request.impact());
	}

	/** Dismisses a message waiting in triage; its key is destroyed, so its content can no longer be read. */
	@PostMapping("/api/triage/{replyId}/dismiss")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void dismissReply(@PathVariable UUID replyId) {
		replies.dismiss(viewers.get(), replyId);
	}

}
