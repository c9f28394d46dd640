package org.vigil.publishing.internal.prepare;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.Refusal;
import org.vigil.platform.validation.PageLimits;
import org.vigil.publishing.internal.prepare.PublicationApiModels.CorrectionRequest;
import org.vigil.publishing.internal.prepare.PublicationApiModels.PrepareRequest;
import org.vigil.publishing.internal.prepare.PublicationApiModels.PublicationResponse;
import org.vigil.publishing.internal.prepare.PublicationApiModels.PublicationSummary;
import org.vigil.publishing.internal.prepare.PublicationApiModels.ReleaseRequest;
import org.vigil.publishing.internal.prepare.PublicationApiModels.TextRequest;
import org.vigil.publishing.internal.prepare.PublicationApiModels.WithdrawalRequest;

/**
 * The publications API: prepare, edit, check, release, correct and withdraw, under the same rules as
 * the pages. A text that holds a protected value of the case is refused on release ({@code 400}
 * naming the part and the fields that matched, never their values); the two-person rule answers
 * {@code 403}; a step the publication is not in a state for answers {@code 409}, as does a stale
 * {@code version}.
 */
@RestController
class PublicationsApiController {

	private final Publications publications;

	private final CurrentViewer viewers;

	PublicationsApiController(Publications publications, CurrentViewer viewers) {
		this.publications = publications;
		this.viewers = viewers;
	}

	/**
	 * Prepares a publication of the case from an approved, dispatched appeal or as a press release; its text is the letter
	 * after the redaction pass.
	 */
	@PostMapping("/api/cases/{caseId}/publications")
	ResponseEntity<PublicationResponse> preparePublication(CaseStanding standing, @Valid @RequestBody PrepareRequest request) {
		Viewer viewer = viewers.get();
		if ((request.appealId() == null) == !request.isPressRelease()) {
			throw Refusal.onField(PublicationRule.SOURCE_REQUIRED, "appealId").toException();
		}
		Publication prepared = request.isPressRelease() ? publications.preparePressRelease(viewer, standing, request.language())
				: publications.prepareFromAppeal(viewer, standing, request.appealId());
		return ResponseEntity.created(URI.create("/api/publications/" + prepared.id()))
			.body(PublicationResponse.of(prepared, publications.warnings(prepared)));
	}

	/** Lists the publications of the cases the caller may see, optionally of one case and one status, the latest first. */
	@GetMapping("/api/publications")
	List<PublicationSummary> listPublications(@RequestParam(required = false) UUID caseId,
			@RequestParam(required = false) PublicationStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(PageLimits.MAX_SIZE) int size) {
		return publications.list(viewers.get(), caseId, status, size, (long) page * size).stream().map(PublicationSummary::of).toList();
	}

	/** Reads a publication, with the protected fields its text holds as warnings. */
	@GetMapping("/api/publications/{id}")
	PublicationResponse readPublication(@PathVariable UUID id) {
		Publication publication = publications.find(viewers.get(), id).publication();
		return PublicationResponse.of(publication, publications.warnings(publication));
	}

	/** Edits the public text of a draft with the {@code version} read; the answer warns of any protected value it holds. */
	@PutMapping("/api/publications/{id}")
	PublicationResponse editPublication(@PathVariable UUID id, @Valid @RequestBody TextRequest request) {
		Viewer viewer = viewers.get();
		Publication edited = publications.edit(viewer, publications.find(viewer, id), request.text(), request.version());
		return PublicationResponse.of(edited, publications.warnings(edited));
	}

	/**
	 * Releases a draft, at once or at {@code embargoUntil}: by a reviewer who neither prepared nor last edited it, and only
	 * when its text holds no protected value of the case.
	 */
	@PostMapping("/api/publications/{id}/release")
	PublicationResponse releasePublication(@PathVariable UUID id, @Valid @RequestBody ReleaseRequest request) {
		Viewer viewer = viewers.get();
		Publication released = publications.release(viewer, publications.find(viewer, id), request.version(), request.embargoUntil());
		return PublicationResponse.of(released, List.of());
	}

	/** Corrects a published item with a {@code note}: the public site shows the new version and keeps the earlier ones. */
	@PostMapping("/api/publications/{id}/correct")
	PublicationResponse correctPublication(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest request) {
		Viewer viewer = viewers.get();
		return PublicationResponse.of(publications.correct(viewer, publications.find(viewer, id), request.title(), request.summary(),
				request.body(), request.note(), request.version()), List.of());
	}

	/** Withdraws a published item (its address then answers 410 Gone with the {@code notice}) or cancels an embargoed one. */
	@PostMapping("/api/publications/{id}/withdraw")
	PublicationResponse withdrawPublication(@PathVariable UUID id, @Valid @RequestBody WithdrawalRequest request) {
		Viewer viewer = viewers.get();
		return PublicationResponse.of(publications.withdraw(viewer, publications.find(viewer, id), request.notice(), request.version()),
				List.of());
	}

}
