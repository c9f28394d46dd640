package org.vigil.cases.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vigil.accounts.CurrentViewer;
import org.vigil.cases.CaseStanding;

/**
 * Evidence files in the API: {@code GET} lists them (names only while the identities are revealed
 * to the caller), {@code POST} uploads one as the multipart part {@code file} (with an optional
 * {@code description}) and answers {@code 201} with its id, {@code GET /{fileId}} downloads it.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/files")
class EvidenceApiController {

	/** A file as the API lists it; {@code name} and {@code description} are absent while hidden. */
	record EvidenceResponse(UUID id, int number, String name, String description, String mediaType, long sizeBytes,
			String uploadedBy, Instant uploadedAt, boolean hidden, boolean purged) {

		static EvidenceResponse of(EvidenceView v) {
			return new EvidenceResponse(v.id(), v.number(), v.name(), v.description(), v.mediaType(), v.sizeBytes(), v.uploadedBy(),
					v.uploadedAt(), v.hidden(), v.purged());
		}

	}

	record Created(UUID id) {
	}

	private final EvidenceFiles evidence;

	private final CurrentViewer viewers;

	EvidenceApiController(EvidenceFiles evidence, CurrentViewer viewers) {
		this.evidence = evidence;
		this.viewers = viewers;
	}

	@GetMapping
	List<EvidenceResponse> list(CaseStanding standing) {
		return evidence.list(viewers.get(), standing).stream().map(EvidenceResponse::of).toList();
	}

	@PostMapping
	ResponseEntity<?> upload(CaseStanding standing, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String description) throws IOException {
		EvidenceFiles.Uploaded outcome = evidence.upload(viewers.get(), standing, EvidenceFiles.Upload.of(file, description));
		if (outcome instanceof EvidenceFiles.Stored stored) {
			return ResponseEntity.created(URI.create("/api/cases/" + standing.caseId() + "/files/" + stored.fileId()))
				.body(new Created(stored.fileId()));
		}
		EvidenceRejection rejection = ((EvidenceFiles.Rejected) outcome).rejection();
		HttpStatus status = rejection == EvidenceRejection.TOO_LARGE ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, rejection.field() + " " + rejection.reason() + ".");
		problem.setTitle(rejection == EvidenceRejection.TOO_LARGE ? "File too large" : "Invalid input");
		problem.setProperty("errors", List.of(Map.of("field", rejection.field(), "reason", rejection.reason())));
		problem.setProperty("refusal", rejection.name());
		return ResponseEntity.status(status).body(problem);
	}

	@GetMapping("/{fileId}")
	ResponseEntity<?> download(CaseStanding standing, @PathVariable UUID fileId) {
		UUID caseId = standing.caseId();
		EvidenceFiles.Retrieval found = evidence.download(viewers.get(), standing, fileId);
		if (found instanceof EvidenceFiles.Content content) {
			return EvidenceDownloads.attachment(content);
		}
		ProblemDetail problem;
		if (found instanceof EvidenceFiles.Destroyed) {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
					"The case was purged: this file was destroyed with the case's key and can no longer be read by anyone.");
			problem.setTitle("Destroyed");
		}
		else {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"Evidence files are downloaded only while the identities of the case are revealed to you: "
							+ "POST /api/cases/" + caseId + "/reveal first (it takes the identity permission).");
			problem.setTitle("Identities not revealed");
		}
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
