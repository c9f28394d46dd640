package org.vigil.cases.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

	@GetMapping
	List<SourceResponse> sources(CaseStanding standing) {
		return sourceRecords.sources(viewers.get(), standing).stream().map(SourceResponse::of).toList();
	}

	@PostMapping
	ResponseEntity<Created> record(CaseStanding standing, @Valid @RequestBody SourceRequest request) {
		Source source = sourceRecords.recordSource(viewers.get(), standing, request.details());
		return ResponseEntity.created(URI.create("/api/cases/" + standing.caseId() + "/sources/" + source.id()))
			.body(new Created(source.id(), null));
	}

	@GetMapping("/{sourceId}")
	SourceResponse source(CaseStanding standing, @PathVariable UUID sourceId) {
		return SourceResponse.of(sourceRecords.source(viewers.get(), standing, sourceId));
	}

}
