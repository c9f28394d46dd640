package org.vigil.evidence.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
	ResponseEntity<Created> upload(CaseStanding standing, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String description) throws IOException {
		EvidenceFiles.Uploaded outcome = evidence.upload(viewers.get(), standing, EvidenceFiles.Upload.of(file, description));
		if (outcome instanceof EvidenceFiles.Rejected rejected) {
			throw rejected.refusal().toException();
		}
		UUID fileId = ((EvidenceFiles.Stored) outcome).fileId();
		return ResponseEntity.created(URI.create("/api/cases/" + standing.caseId() + "/files/" + fileId)).body(new Created(fileId));
	}

	@GetMapping("/{fileId}")
	ResponseEntity<byte[]> download(CaseStanding standing, @PathVariable UUID fileId) {
		return EvidenceDownloads.answer(evidence.download(viewers.get(), standing, fileId));
	}

}
