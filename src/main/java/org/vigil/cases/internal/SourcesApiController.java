package org.vigil.cases.internal;

import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.internal.ApiModels.Created;
import org.vigil.cases.internal.ApiModels.SourceRequest;
import org.vigil.cases.internal.ApiModels.SourceResponse;
import org.vigil.platform.EditRule;

/**
 * Who reported what, in the API; a source's name and contacts appear only while revealed to the
 * caller. Corrections and deletions carry the {@code version} they were made on.
 */
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

	/** Corrects the source; answers 409 {@code STALE_VERSION} with what changed when someone saved it since {@code version}. */
	@PutMapping("/{sourceId}")
	SourceResponse correctSource(CaseStanding standing, @PathVariable UUID sourceId, @Valid @RequestBody SourceRequest request) {
		if (request.version() == null) {
			throw EditRule.versionRequired().toException();
		}
		return saved(sourceRecords.correctSource(viewers.get(), standing, sourceId, request.details(), request.version()));
	}

	/** Deletes the source ({@code ?version=} the one loaded): it leaves the case's lists and stays in the history. */
	@DeleteMapping("/{sourceId}")
	ResponseEntity<Void> deleteSource(CaseStanding standing, @PathVariable UUID sourceId,
			@RequestParam(required = false) Long version) {
		if (version == null) {
			throw EditRule.versionRequired().toException();
		}
		saved(sourceRecords.deleteSource(viewers.get(), standing, sourceId, version));
		return ResponseEntity.noContent().build();
	}

	private static SourceResponse saved(EditOutcome<SourceView> outcome) {
		if (outcome instanceof EditOutcome.Conflict<SourceView> conflict) {
			throw conflict.refusal().with("current", SourceResponse.of(conflict.current())).toException();
		}
		return SourceResponse.of(((EditOutcome.Saved<SourceView>) outcome).record());
	}

}
