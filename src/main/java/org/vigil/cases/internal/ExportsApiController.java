package org.vigil.cases.internal;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;

/** Bulk exports under the two-person rule: ask, have another reviewer approve, download encrypted. */
@RestController
@RequestMapping("/api/exports")
class ExportsApiController {

	public record ExportRequest(@NotNull UUID teamId, @NotBlank @Size(max = 1000) String reason) {
	}

	/** The id of the export asked for, to approve and download it by. */
	public record ExportRequested(UUID id) {
	}

	/**
	 * {@code passphrase} encrypts the file; {@code password}, the caller's own, is needed when the
	 * export carries identities (as for a reveal).
	 */
	public record Download(@NotBlank @Size(max = 1000) String passphrase, @Size(max = 1000) String password) {
	}

	private final CaseExports exports;

	private final CurrentViewer viewers;

	ExportsApiController(CaseExports exports, CurrentViewer viewers) {
		this.exports = exports;
		this.viewers = viewers;
	}

	/**
	 * Asks for an export of a team's cases, for a stated reason.
	 *
	 * <p>Another reviewer of the team must approve it before the one who asked can download it.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ExportRequested> requestExport(@Valid @RequestBody ExportRequest request) {
		UUID id = exports.request(viewers.get(), request.teamId(), request.reason());
		return ResponseEntity.created(URI.create("/api/exports/" + id)).body(new ExportRequested(id));
	}

	/** Approves an export asked for by another reviewer of one's team: the second person of the two-person rule. */
	@PostMapping("/{exportId}/approve")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> approveExport(@PathVariable UUID exportId) {
		exports.approve(viewers.get(), exportId);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Downloads an approved export, once, encrypted under the passphrase given.
	 *
	 * <p>Only the one who asked for it downloads it. The passphrase travels in the body, never in a URL; open the file with
	 * {@code java -jar vigil.jar export decrypt}. Identities are included only for the cases whose identity permission the
	 * caller holds.
	 */
	@PostMapping("/{exportId}/download")
	@ApiResponse(responseCode = "200", description = "The export, encrypted (Argon2id and AES-256-GCM), as an attachment.",
			content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> downloadExport(@PathVariable UUID exportId, @Valid @RequestBody Download download) {
		byte[] file = exports.download(viewers.get(), exportId, download.passphrase().toCharArray(), download.password());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vigil-export-" + exportId + ".vglx\"")
			.body(file);
	}

}
