package org.vigil.cases.internal;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;

/** Bulk exports under the two-person rule: ask, have another reviewer approve, download encrypted. */
@RestController
@RequestMapping("/api/exports")
class ExportsApiController {

	public record ExportRequest(@NotNull UUID teamId, @NotBlank @Size(max = 1000) String reason) {
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

	@PostMapping
	ResponseEntity<Map<String, UUID>> request(@Valid @RequestBody ExportRequest request) {
		UUID id = exports.request(viewers.get(), request.teamId(), request.reason());
		return ResponseEntity.created(URI.create("/api/exports/" + id)).body(Map.of("id", id));
	}

	@PostMapping("/{exportId}/approve")
	ResponseEntity<Void> approve(@PathVariable UUID exportId) {
		exports.approve(viewers.get(), exportId);
		return ResponseEntity.noContent().build();
	}

	/** The passphrase travels in the body, never in a URL; decrypt with {@code java -jar vigil.jar export decrypt}. */
	@PostMapping("/{exportId}/download")
	ResponseEntity<byte[]> download(@PathVariable UUID exportId, @Valid @RequestBody Download download) {
		byte[] file = exports.download(viewers.get(), exportId, download.passphrase().toCharArray(), download.password());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vigil-export-" + exportId + ".vglx\"")
			.body(file);
	}

}
