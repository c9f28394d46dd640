package org.vigil.appeals.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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

/**
 * The appeals API: the same rules as the appeal pages, in JSON. A step the rules refuse answers
 * {@code 403} when the caller may not take it and {@code 409} when the appeal is not in a state
 * for it; a stale {@code version} answers {@code 409} with the appeal as it is now.
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
	ResponseEntity<?> draft(@PathVariable UUID caseId, @Valid @RequestBody AppealRequest request) {
		AppealOutcome outcome = drafting.draft(viewers.get(), caseId, request.content());
		if (outcome instanceof AppealOutcome.Done done) {
			return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/appeals/" + done.appeal().id()))
				.body(new Created(done.appeal().id(), done.appeal().version()));
		}
		return answer(outcome);
	}

	@GetMapping("/{appealId}")
	AppealResponse show(@PathVariable UUID caseId, @PathVariable UUID appealId) {
		return AppealResponse.of(records.read(viewers.get(), caseId, appealId));
	}

	@PutMapping("/{appealId}")
	ResponseEntity<?> edit(@PathVariable UUID caseId, @PathVariable UUID appealId, @Valid @RequestBody AppealRequest request) {
		Viewer viewer = viewers.get();
		records.find(viewer, caseId, appealId);
		if (request.version() == null) {
			return versionRequired();
		}
		return answer(drafting.edit(viewer, caseId, appealId, request.content(), request.version()));
	}

	@PostMapping("/{appealId}/submit")
	ResponseEntity<?> submit(@PathVariable UUID caseId, @PathVariable UUID appealId,
			@Valid @RequestBody(required = false) StepRequest request) {
		Viewer viewer = viewers.get();
		records.find(viewer, caseId, appealId);
		if (request == null || request.version() == null) {
			return versionRequired();
		}
		return answer(review.submit(viewer, caseId, appealId, request.version()));
	}

	@PostMapping("/{appealId}/approve")
	ResponseEntity<?> approve(@PathVariable UUID caseId, @PathVariable UUID appealId,
			@Valid @RequestBody(required = false) StepRequest request) {
		Viewer viewer = viewers.get();
		records.find(viewer, caseId, appealId);
		if (request == null || request.version() == null) {
			return versionRequired();
		}
		return answer(review.approve(viewer, caseId, appealId, request.version(), () -> signature.confirmed(request.password())));
	}

	@PostMapping("/{appealId}/return")
	ResponseEntity<?> returnToDraft(@PathVariable UUID caseId, @PathVariable UUID appealId,
			@Valid @RequestBody(required = false) StepRequest request) {
		Viewer viewer = viewers.get();
		records.find(viewer, caseId, appealId);
		if (request == null || request.version() == null) {
			return versionRequired();
		}
		if (request.comment() == null || request.comment().isBlank()) {
			return invalid("comment", "is required: say what should change before the appeal goes to review again");
		}
		return answer(review.returnToDraft(viewer, caseId, appealId, request.version(), request.comment()));
	}

	private static ResponseEntity<?> answer(AppealOutcome outcome) {
		if (outcome instanceof AppealOutcome.Refused refused) {
			Refusal refusal = refused.refusal();
			HttpStatus status = refusal.forbidden() ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.reason());
			problem.setTitle(refusal.forbidden() ? "Forbidden" : "Not allowed in this state");
			problem.setProperty("refusal", refusal.name());
			return ResponseEntity.status(status).body(problem);
		}
		if (outcome instanceof AppealOutcome.Stale stale) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"This appeal was changed by someone else after you loaded the version you sent; it is now at version "
							+ stale.current().version() + ". Read it again, then repeat your step with the new version.");
			problem.setTitle("Edit conflict");
			problem.setProperty("currentVersion", stale.current().version());
			problem.setProperty("changes", stale.differingFields());
			problem.setProperty("current", AppealResponse.of(stale.current()));
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
		return ResponseEntity.ok(AppealResponse.of(((AppealOutcome.Done) outcome).appeal()));
	}

	private static ResponseEntity<ProblemDetail> versionRequired() {
		return invalid("version", "is required: send the version you loaded, so that concurrent changes are detected");
	}

	private static ResponseEntity<ProblemDetail> invalid(String field, String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + " " + reason);
		problem.setTitle("Invalid input");
		problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
		return ResponseEntity.badRequest().body(problem);
	}

}
