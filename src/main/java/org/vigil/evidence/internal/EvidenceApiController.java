package org.vigil.evidence.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
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

	/** The id of a file just attached. */
	record FileAttached(UUID id) {
	}

	private final EvidenceFiles evidence;

	private final CurrentViewer viewers;

	EvidenceApiController(EvidenceFiles evidence, CurrentViewer viewers) {
		this.evidence = evidence;
		this.viewers = viewers;
	}

	/** Lists the files attached to a case; their names and descriptions only while the identities are revealed to the caller. */
	@GetMapping
	List<EvidenceResponse> listEvidenceFiles(CaseStanding standing) {
		return evidence.list(viewers.get(), standing).stream().map(EvidenceResponse::of).toList();
	}

	/**
	 * Attaches a file to a case, up to 25 MB, as the multipart part {@code file}.
	 *
	 * <p>The content, its name and the description are encrypted with the case's key, and destroyed with it when the case
	 * is purged.
	 *
	 * @param file the file
	 * @param description what the file shows, protected like an identity
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<FileAttached> attachEvidenceFile(CaseStanding standing, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String description) throws IOException {
		EvidenceFiles.Uploaded outcome = evidence.upload(viewers.get(), standing, EvidenceFiles.Upload.of(file, description));
		if (outcome instanceof EvidenceFiles.Rejected rejected) {
			throw rejected.refusal().toException();
		}
		UUID fileId = ((EvidenceFiles.Stored) outcome).fileId();
		return ResponseEntity.created(URI.create("/api/cases/" + standing.caseId() + "/files/" + fileId)).body(new FileAttached(fileId));
	}

	/**
	 * Downloads a file of a case, while its identities are revealed to the caller.
	 *
	 * <p>Always an attachment of type {@code application/octet-stream}, whatever was uploaded, never to be shown inside
	 * Vigil.
	 */
	@GetMapping("/{fileId}")
	@ApiResponse(responseCode = "200", description = "The file as it was uploaded, as an attachment under its name.",
			content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> downloadEvidenceFile(CaseStanding standing, @PathVariable UUID fileId) {
		return EvidenceDownloads.answer(evidence.download(viewers.get(), standing, fileId));
	}

}
