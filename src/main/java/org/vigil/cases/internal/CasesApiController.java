package org.vigil.cases.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Team;
import org.vigil.accounts.Teams;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.Priority;
import org.vigil.cases.internal.ApiModels.CasePage;
import org.vigil.cases.internal.ApiModels.CaseRequest;
import org.vigil.cases.internal.ApiModels.CaseResponse;
import org.vigil.cases.internal.ApiModels.Created;
import org.vigil.platform.EditRule;
import org.vigil.platform.validation.PageLimits;

/** Cases in the API: the list, opening, the case record, editing it, its history. */
@RestController
@RequestMapping("/api/cases")
class CasesApiController {

	private final CaseRegistry registry;

	private final CurrentViewer viewers;

	private final Teams teams;

	CasesApiController(CaseRegistry registry, CurrentViewer viewers, Teams teams) {
		this.registry = registry;
		this.viewers = viewers;
		this.teams = teams;
	}

	@GetMapping
	CasePage list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Priority priority,
			@RequestParam(required = false) String country, @RequestParam(required = false) UUID team,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(PageLimits.MAX_SIZE) int size,
			@RequestParam(defaultValue = "updated") @Size(max = 100) String sort) {
		Viewer viewer = viewers.get();
		PageRequest request = PageRequest.of(page, size, CaseSorts.parse(sort));
		Page<CaseFile> found = registry.list(viewer, new CaseFilter(status, priority, country, team), request);
		Map<UUID, Team> byId = teams.byIds(found.map(CaseFile::teamId).toSet());
		return new CasePage(found.map(c -> CaseResponse.of(c, byId.get(c.teamId()))).getContent(), found.getNumber(),
				found.getSize(), found.getTotalElements(), found.getTotalPages());
	}

	@PostMapping
	ResponseEntity<Created> open(@Valid @RequestBody CaseRequest request) {
		CaseFile opened = registry.open(viewers.get(), request.details(), request.teamId());
		return ResponseEntity.created(URI.create("/api/cases/" + opened.id())).body(new Created(opened.id(), opened.reference()));
	}

	@GetMapping("/{caseId}")
	CaseResponse show(CaseStanding standing) {
		return response(registry.view(viewers.get(), standing));
	}

	@PutMapping("/{caseId}")
	CaseResponse edit(CaseStanding standing, @Valid @RequestBody CaseRequest request) {
		if (request.version() == null) {
			throw EditRule.versionRequired().toException();
		}
		EditOutcome<CaseFile> outcome = registry.edit(viewers.get(), standing, request.details(), request.version());
		if (outcome instanceof EditOutcome.Conflict<CaseFile> conflict) {
			throw conflict.refusal().with("current", response(conflict.current())).toException();
		}
		return response(((EditOutcome.Saved<CaseFile>) outcome).record());
	}

	@GetMapping("/{caseId}/history")
	List<HistoryEntry> history(CaseStanding standing) {
		return registry.history(standing);
	}

	private CaseResponse response(CaseFile caseFile) {
		return CaseResponse.of(caseFile, teams.find(caseFile.teamId()).orElse(null));
	}

}
