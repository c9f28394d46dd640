package org.vigil.appeals.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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
import org.vigil.accounts.Viewer;
import org.vigil.appeals.DraftChecks;
import org.vigil.appeals.internal.AppealApiModels.AppealRequest;
import org.vigil.appeals.internal.AppealApiModels.AppealResponse;
import org.vigil.appeals.internal.AppealApiModels.AppealDrafted;
import org.vigil.appeals.internal.AppealApiModels.FollowUpRequest;
import org.vigil.appeals.internal.AppealApiModels.ApprovalsResponse;
import org.vigil.appeals.internal.AppealApiModels.SignatoryResponse;
import org.vigil.appeals.internal.AppealApiModels.StepRequest;
import org.vigil.cases.CaseStanding;
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

	private final AppealWarnings warnings;

	private final AppealSigning signing;

	private final FollowUpDrafting followUps;

	AppealsApiController(AppealRecords records, AppealDrafting drafting, AppealReview review, CurrentViewer viewers,
			ApprovalSignature signature, AppealWarnings warnings, AppealSigning signing, FollowUpDrafting followUps) {
		this.followUps = followUps;
		this.warnings = warnings;
		this.signing = signing;
		this.records = records;
		this.drafting = drafting;
		this.review = review;
		this.viewers = viewers;
		this.signature = signature;
	}

	/** Lists the appeals of a case; a purged case's appeals say so and carry no text. */
	@GetMapping
	List<AppealResponse> listAppeals(CaseStanding standing) {
		return records.list(viewers.get(), standing).stream().map(AppealResponse::of).toList();
	}

	/**
	 * Drafts an appeal on a case: addressee, language, subject, asks and body — or, with {@code "generate": true},
	 * a letter Vigil writes from the case's facts for the directory entries in {@code addresseeIds} and {@code copyIds}.
	 *
	 * <p>Researchers who may change the case draft; the subject, asks and body are encrypted with the case's key.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AppealDrafted> draftAppeal(CaseStanding standing, @Valid @RequestBody AppealRequest request) {
		Viewer viewer = viewers.get();
		List<UUID> signatoryIds = request.signatoryIds() == null ? List.of() : request.signatoryIds();
		List<UUID> partnerIds = request.partnerIds() == null ? List.of() : request.partnerIds();
		AppealView drafted = done(request.generated()
				? drafting.draftGenerated(viewer, standing, () -> request.order(standing, viewer), signatoryIds, partnerIds)
				: drafting.draft(viewer, standing, request.content(), signatoryIds, partnerIds));
		return ResponseEntity.created(URI.create("/api/cases/" + standing.caseId() + "/appeals/" + drafted.id()))
			.body(AppealDrafted.of(drafted));
	}

	/**
	 * Drafts a follow-up of an appeal that went out: the same addressees, copies, signatories and language, citing the
	 * earlier letter, the day it was sent and what was learnt since.
	 *
	 * <p>The earlier appeal must be approved and sent ({@code 409 EARLIER_APPEAL_NOT_SENT} otherwise); the follow-up is
	 * a draft like any other, reviewed and approved the same way.
	 */
	@PostMapping("/{appealId}/follow-up")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AppealDrafted> draftFollowUp(CaseStanding standing, @PathVariable UUID appealId,
			@Valid @RequestBody(required = false) FollowUpRequest request) {
		AppealView drafted = done(followUps.draft(viewers.get(), standing, appealId, request == null ? null : request.addresseeIds(),
				request == null ? null : request.copyIds()));
		return ResponseEntity.created(URI.create("/api/cases/" + standing.caseId() + "/appeals/" + drafted.id()))
			.body(AppealDrafted.of(drafted));
	}

	/**
	 * Lists what the drafter should look at again before submitting: citations removed, places and identities added,
	 * treaty statuses contradicting the law data.
	 */
	@GetMapping("/{appealId}/warnings")
	List<DraftChecks.Warning> appealWarnings(CaseStanding standing, @PathVariable UUID appealId, Locale locale) {
		return warnings.of(viewers.get(), standing, appealId, locale);
	}

	/** Reads one appeal of a case, with where it stands and who took each step. */
	@GetMapping("/{appealId}")
	AppealResponse readAppeal(CaseStanding standing, @PathVariable UUID appealId) {
		return AppealResponse.of(records.read(viewers.get(), standing, appealId));
	}

	/** Edits a draft appeal, with the {@code version} read; an appeal in review or approved cannot be changed. */
	@PutMapping("/{appealId}")
	ResponseEntity<AppealResponse> editAppeal(CaseStanding standing, @PathVariable UUID appealId, @Valid @RequestBody AppealRequest request) {
		Viewer viewer = viewers.get();
		records.find(standing, appealId); // an appeal of another case is not found, whatever the body
		if (request.version() == null) {
			throw EditRule.versionRequired().toException();
		}
		if (request.generated()) {
			throw Refusal.onField(AppealRule.GENERATE_ONLY_WHEN_DRAFTING, "generate").toException();
		}
		return answer(drafting.edit(viewer, standing, appealId, request.content(), request.signatoryIds(), request.partnerIds(),
				request.version()));
	}

	/** Submits a draft for review, which locks its text; send the {@code version} read. */
	@PostMapping("/{appealId}/submit")
	ResponseEntity<AppealResponse> submitAppeal(CaseStanding standing, @PathVariable UUID appealId,
			@Valid @RequestBody(required = false) StepRequest request) {
		Viewer viewer = viewers.get();
		records.find(standing, appealId); // an appeal of another case is not found, whatever the body
		requireVersion(request);
		return answer(review.submit(viewer, standing, appealId, request.version()));
	}

	/**
	 * Approves an appeal in review, signing it on the organisation's behalf.
	 *
	 * <p>Approval needs a second person: a reviewer of the owning team who neither drafted, edited nor submitted it. Send
	 * the {@code version} read and your {@code password}.
	 */
	@PostMapping("/{appealId}/approve")
	ResponseEntity<AppealResponse> approveAppeal(CaseStanding standing, @PathVariable UUID appealId,
			@Valid @RequestBody(required = false) StepRequest request) {
		Viewer viewer = viewers.get();
		records.find(standing, appealId); // an appeal of another case is not found, whatever the body
		requireVersion(request);
		return answer(review.approve(viewer, standing, appealId, request.version(), () -> signature.confirmed(request.password())));
	}

	/** Returns an appeal in review to draft, with a {@code comment} saying what should change. */
	@PostMapping("/{appealId}/return")
	ResponseEntity<AppealResponse> returnAppealToDraft(CaseStanding standing, @PathVariable UUID appealId,
			@Valid @RequestBody(required = false) StepRequest request) {
		Viewer viewer = viewers.get();
		records.find(standing, appealId); // an appeal of another case is not found, whatever the body
		requireVersion(request);
		if (request.comment() == null || request.comment().isBlank()) {
			throw Refusal.onField(AppealRule.COMMENT_REQUIRED, "comment").toException();
		}
		return answer(review.returnToDraft(viewer, standing, appealId, request.version(), request.comment()));
	}

	/** Lists an appeal's signatories, each with whether they approved the text it says now. */
	@GetMapping("/{appealId}/approvals")
	ApprovalsResponse listApprovals(CaseStanding standing, @PathVariable UUID appealId) {
		List<SignatoryResponse> signatories = signing.approvalsOf(standing, appealId).stream().map(SignatoryResponse::of).toList();
		return new ApprovalsResponse(signatories, !signatories.isEmpty() && signatories.stream().allMatch(SignatoryResponse::approved));
	}

	/**
	 * Approves an appeal in review as one of its signatories, signing the exact text it says now.
	 *
	 * <p>Each signatory is a reviewer of the owning team who neither drafted, edited nor submitted it; the appeal is
	 * approved once every signatory has approved. Send the {@code version} read and your {@code password}.
	 */
	@PostMapping("/{appealId}/approvals")
	ResponseEntity<AppealResponse> approveAsSignatory(CaseStanding standing, @PathVariable UUID appealId,
			@Valid @RequestBody(required = false) StepRequest request) {
		Viewer viewer = viewers.get();
		records.find(standing, appealId); // an appeal of another case is not found, whatever the body
		requireVersion(request);
		return answer(signing.sign(viewer, standing, appealId, request.version(), () -> signature.confirmed(request.password())));
	}

	/** Withdraws your approval as a signatory, until the letter is dispatched; an approved appeal is then no longer approved. */
	@DeleteMapping("/{appealId}/approvals/mine")
	ResponseEntity<AppealResponse> withdrawApproval(CaseStanding standing, @PathVariable UUID appealId) {
		Viewer viewer = viewers.get();
		records.find(standing, appealId);
		return answer(signing.withdraw(viewer, standing, appealId));
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
