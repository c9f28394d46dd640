package org.vigil.cases.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.internal.ApiModels.Created;
import org.vigil.cases.internal.ApiModels.SourceRequest;
import org.vigil.cases.internal.ApiModels.SourceResponse;

/** Who reported what, in the API; a source's name and contacts appear only while revealed to the caller. */
@RestController
@RequestMapping("/api/cases/{caseId}/sources")
class SourcesApiController {

	private final SourceRecords sourceRecords;

	private final CurrentViewer viewers;

	SourcesApiController(SourceRecords sourceRecords, CurrentViewer viewers) {
		this.sourceRecords = sourceRecords;
		this.viewers = viewers;
	}

	/** Lists the sources of a case; names and contacts only while revealed to the caller. */
	@GetMapping
	List<SourceResponse> listSources(CaseStanding standing) {
		return sourceRecords.sources(viewers.get(), standing).stream().map(SourceResponse::of).toList();
	}

	/**
	 * Records a source: who reported what, when, how reliably, and about which people of the case.
	 *
	 * <p>A source is confidential unless {@code confidential} is false. Its name and contact details are encrypted with
	 * the case's key.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Created> recordSource(CaseStanding standing, @Valid @RequestBody SourceRequest request) {
		Source source = sourceRecords.recordSource(viewers.get(), standing, request.details());
		return ResponseEntity.created(URI.create("/api/cases/" + standing.caseId() + "/sources/" + source.id()))
			.body(new Created(source.id(), null));
	}

	/** Reads one source of a case; its name and contacts only while revealed to the caller. */
	@GetMapping("/{sourceId}")
	SourceResponse readSource(CaseStanding standing, @PathVariable UUID sourceId) {
		return SourceResponse.of(sourceRecords.source(viewers.get(), standing, sourceId));
	}

}
