package org.vigil.dispatch.internal;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.cases.CaseStanding;
import org.vigil.dispatch.internal.DispatchApiModels.AttemptResponse;
import org.vigil.dispatch.internal.DispatchApiModels.DispatchRequest;
import org.vigil.dispatch.internal.DispatchApiModels.MarkSentRequest;
import org.vigil.dispatch.internal.DispatchApiModels.OnApprovalRequest;
import org.vigil.dispatch.internal.DispatchApiModels.OnApprovalResponse;
import org.vigil.platform.Refusal;

/**
 * The dispatch API: sending an approved appeal and following its delivery attempts. A dispatch the
 * rules refuse is answered as its rule's kind says: {@code 403} for a caller who is not an advocacy
 * officer or reviewer of the case's team, {@code 409} for an appeal not approved or a destination
 * already sent to, {@code 400} naming the choice ({@code channels[i].…}) for a destination that
 * cannot be used.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/appeals/{appealId}/dispatches")
class DispatchApiController {

	private final Dispatching dispatching;

	private final DispatchOnApproval onApproval;

	private final CurrentViewer viewers;

	DispatchApiController(Dispatching dispatching, DispatchOnApproval onApproval, CurrentViewer viewers) {
		this.dispatching = dispatching;
		this.onApproval = onApproval;
		this.viewers = viewers;
	}

	/** Lists the delivery attempts of an appeal, oldest first, with their status, tries and last error. */
	@GetMapping
	List<AttemptResponse> listDispatches(CaseStanding standing, @PathVariable UUID appealId) {
		return dispatching.attemptsOf(standing, appealId).stream().map(AttemptResponse::of).toList();
	}

	/**
	 * Dispatches an approved appeal to one or more destinations, each on a channel.
	 *
	 * <p>Each destination becomes a pending delivery attempt, sent at once and retried with backoff while the
	 * mail server is down; a destination the appeal was already sent to on that channel is refused.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	List<AttemptResponse> dispatchAppeal(CaseStanding standing, @PathVariable UUID appealId, @Valid @RequestBody DispatchRequest request) {
		try {
			return dispatching.dispatch(viewers.get(), standing, appealId, request.choices(), request.longFaxConfirmed()).stream().map(AttemptResponse::of).toList();
		}
		catch (DataIntegrityViolationException sameDestinationMeanwhile) {
			throw Refusal.onField(DispatchRule.ALREADY_DISPATCHED, "channels", "").toException();
		}
	}

	/**
	 * Marks a letter by post or web form sent by the caller, with its receipt (the form's confirmation number).
	 *
	 * <p>Only a pending attempt on {@code POST} or {@code WEB_FORM} is marked; one sent already is refused ({@code 409}).
	 */
	@PostMapping("/{attemptId}/sent")
	AttemptResponse markDispatchSent(CaseStanding standing, @PathVariable UUID appealId, @PathVariable UUID attemptId,
			@Valid @RequestBody MarkSentRequest request) {
		return AttemptResponse.of(dispatching.markSent(viewers.get(), standing, appealId, attemptId, request.receipt()));
	}

	/**
	 * Prints the appeal's letters by post that wait to be posted: an address label and the letter for each, as one PDF.
	 *
	 * <p>Refused ({@code 409}) when no letter by post waits; the attempts stay pending until each is marked sent.
	 */
	@GetMapping("/print")
	@ApiResponse(responseCode = "200", description = "The address labels and letters, as one PDF.",
			content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> printPostalLetters(CaseStanding standing, @PathVariable UUID appealId) {
		return PrintBatchFile.answer(dispatching.printBatch(viewers.get(), standing, appealId), appealId);
	}

	/**
	 * Shows where the appeal goes by itself once approved, and whether it went ({@code carriedOutAt}, {@code refusal}).
	 *
	 * <p>{@code chosen} is {@code false} when no such choice was made (the appeal waits to be dispatched by hand).
	 */
	@GetMapping("/on-approval")
	OnApprovalResponse showDispatchOnApproval(CaseStanding standing, @PathVariable UUID appealId) {
		return onApproval.planOf(standing, appealId).map(OnApprovalResponse::of).orElseGet(() -> OnApprovalResponse.none(appealId));
	}

	/**
	 * Sets the appeal to be dispatched by itself, as the caller, to these destinations when a second person approves it.
	 *
	 * <p>Destinations are checked as for a dispatch ({@code 400} naming {@code channels[i].…}); an appeal approved already
	 * is refused ({@code 409} {@code APPEAL_ALREADY_APPROVED}: dispatch it instead); replacing a choice needs its
	 * {@code version} ({@code 409} {@code STALE_VERSION} when it changed since).
	 */
	@PutMapping("/on-approval")
	OnApprovalResponse setDispatchOnApproval(CaseStanding standing, @PathVariable UUID appealId, @Valid @RequestBody OnApprovalRequest request) {
		return OnApprovalResponse.of(onApproval.choose(viewers.get(), standing, appealId, request.choices(),
				Boolean.TRUE.equals(request.confirmLongFax()), request.version()));
	}

	/** Cancels the dispatch on approval of an appeal not yet approved; {@code 404} when none was set. */
	@DeleteMapping("/on-approval")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void cancelDispatchOnApproval(CaseStanding standing, @PathVariable UUID appealId) {
		onApproval.cancel(viewers.get(), standing, appealId);
	}

}
