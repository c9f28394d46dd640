package org.vigil.appeals.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.internal.AppealApiModels.AppealRequest;
import org.vigil.appeals.internal.AppealApiModels.AppealResponse;
import org.vigil.appeals.internal.AppealApiModels.Created;
import org.vigil.appeals.internal.AppealApiModels.StepRequest;
import org.vigil.platform.EditRule;
import org.vigil.platform.Refusal;

/**
 * The appeals API: the same rules as the appeal pages, in JSON. A step the rules refuse is answered
 * by platform as its rule's kind says: {@code 403} when the caller may not take it, {@code 409} when
 * the appeal is not in a state for it; a stale {@code version} answers {@code 409} with the appeal
 * as it is now ({@code current}).
 */
@RestController
@RequestMapping("/api/cases/{caseId}/appeals")
class AppealsApiController {

	private final AppealRecords records;

	private final AppealDrafting drafting;

	private final AppealReview review;

	private final CurrentViewer viewers;

	private final ApprovalSignature signature;

	AppealsApiController(AppealRecords records, AppealDrafting drafting, AppealReview review, CurrentViewer viewers,
			ApprovalSignature signature) {
		this.records = records;
		this.drafting = drafting;
		this.review = review;
		this.viewers = viewers;
		this.signature = signature;
	}

	@GetMapping
	List<AppealResponse> list(@PathVariable UUID caseId) {
		return records.list(viewers.get(), caseId).stream().map(AppealResponse::of).toList();
	}

	@PostMapping
	ResponseEntity<Created> draft(@PathVariable UUID caseId, @Valid @RequestBody AppealRequest request) {
		AppealView drafted = done(drafting.draft(viewers.get(), caseId, request.content()));
		return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/appeals/" + drafted.id()))
			.body(new Created(drafted.id(), drafted.version()));
	}

	@GetMapping("/{appealId}")
	AppealResponse show(@PathVariable UUID caseId, @PathVariable UUID appealId) {
		return AppealResponse.of(records.read(viewers.get(), caseId, appealId));
	}

	@PutMapping("/{appealId}")
	ResponseEntity<AppealResponse> edit(@PathVariable UUID caseId, @PathVariable UUID appealId, @Valid @RequestBody AppealRequest request) {
		Viewer viewer = viewers.get();
		records.find(viewer, caseId, appealId);
		if (request.version() == null) {
			throw EditRule.versionRequired().toException();
		}
		return answer(drafting.edit(viewer, caseId, appealId, request.content(), request.version()));
	}

	@PostMapping("/{appealId}/submit")
	ResponseEntity<AppealResponse> submit(@PathVariable UUID caseId, @PathVariable UUID appealId,
			@Valid @RequestBody(required = false) StepRequest request) {
		Viewer viewer = viewers.get();
		records.find(viewer, caseId, appealId);
		requireVersion(request);
		return answer(review.submit(viewer, caseId, appealId, request.version()));
	}

	@PostMapping("/{appealId}/approve")
	ResponseEntity<AppealResponse> approve(@PathVariable UUID caseId, @PathVariable UUID appealId,
			@Valid @RequestBody(required = false) StepRequest request) {
		Viewer viewer = viewers.get();
		records.find(viewer, caseId, appealId);
		requireVersion(request);
		return answer(review.approve(viewer, caseId, appealId, request.version(), () -> signature.confirmed(request.password())));
	}

	@PostMapping("/{appealId}/return")
	ResponseEntity<AppealResponse> returnToDraft(@PathVariable UUID caseId, @PathVariable UUID appealId,
			@Valid @RequestBody(required = false) StepRequest request) {
		Viewer viewer = viewers.get();
		records.find(viewer, caseId, appealId);
		requireVersion(request);
		if (request.comment() == null || request.comment().isBlank()) {
			throw Refusal.onField(AppealRule.COMMENT_REQUIRED, "comment").toException();
		}
		return answer(review.returnToDraft(viewer, caseId, appealId, request.version(), request.comment()));
	}

	private static ResponseEntity<AppealResponse> answer(AppealOutcome outcome) {
		return ResponseEntity.ok(AppealResponse.of(done(outcome)));
	}

	/** The appeal when the step was taken; when it was not, the refusal, which platform answers. */
	private static AppealView done(AppealOutcome outcome) {
		if (outcome instanceof AppealOutcome.Refused refused) {
			throw refused.refusal().toException();
		}
		if (outcome instanceof AppealOutcome.Stale stale) {
			throw stale.refusal().with("current", AppealResponse.of(stale.current())).toException();
		}
		return ((AppealOutcome.Done) outcome).appeal();
	}

	private static void requireVersion(StepRequest request) {
		if (request == null || request.version() == null) {
			throw EditRule.versionRequired().toException();
		}
	}

}
