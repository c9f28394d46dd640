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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Team;
import org.vigil.accounts.Teams;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.Priority;
import org.vigil.cases.internal.ApiModels.CaseRequest;
import org.vigil.cases.internal.ApiModels.CaseResponse;
import org.vigil.cases.internal.ApiModels.Created;
import org.vigil.platform.EditRule;
import org.vigil.platform.api.ApiPage;
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

	/**
	 * Lists the cases the caller may see, a page at a time.
	 *
	 * <p>The caller sees the cases of their teams and those shared with them, nothing else.
	 *
	 * @param status only cases in this status
	 * @param priority only cases of this priority
	 * @param country only cases whose country of custody is this ISO 3166-1 code
	 * @param team only cases of this team (its id)
	 * @param page the page, from 0
	 * @param size cases per page, 1 to 200
	 * @param sort {@code updated} (latest change first, the default), {@code created} (newest first), {@code priority}
	 *            (most urgent first), {@code title} or {@code reference}
	 */
	@GetMapping
	ApiPage<CaseResponse> listCases(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Priority priority,
			@RequestParam(required = false) String country, @RequestParam(required = false) UUID team,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			@RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) @Min(1) @Max(PageLimits.MAX_SIZE) int size,
			@RequestParam(defaultValue = "updated") @Size(max = 100) String sort) {
		Viewer viewer = viewers.get();
		PageRequest request = ApiPage.request(page, size, CaseSorts.parse(sort));
		Page<CaseFile> found = registry.list(viewer, new CaseFilter(status, priority, country, team), request);
		Map<UUID, Team> byId = teams.byIds(found.map(CaseFile::teamId).toSet());
		return ApiPage.of(found, c -> CaseResponse.of(c, byId.get(c.teamId())));
	}

	/**
	 * Opens a case.
	 *
	 * <p>The case gets its reference (country of custody, running number per country and year, such as {@code CN 3/2026})
	 * and belongs to the caller's team, or to {@code teamId} when the caller is in several. Whoever opens a case holds
	 * the permission to see its identities.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Created> openCase(@Valid @RequestBody CaseRequest request) {
		CaseFile opened = registry.open(viewers.get(), request.details(), request.teamId());
		return ResponseEntity.created(URI.create("/api/cases/" + opened.id())).body(new Created(opened.id(), opened.reference()));
	}

	/** Reads a case record: its public facts, never the identities of its people. */
	@GetMapping("/{caseId}")
	CaseResponse readCase(CaseStanding standing) {
		return response(registry.view(viewers.get(), standing));
	}

	/**
	 * Edits a case's facts.
	 *
	 * <p>Send the whole record with the {@code version} you read; if someone saved the case since, the edit is refused
	 * with what they changed.
	 */
	@PutMapping("/{caseId}")
	CaseResponse editCase(CaseStanding standing, @Valid @RequestBody CaseRequest request) {
		if (request.version() == null) {
			throw EditRule.versionRequired().toException();
		}
		EditOutcome<CaseFile> outcome = registry.edit(viewers.get(), standing, request.details(), request.version());
		if (outcome instanceof EditOutcome.Conflict<CaseFile> conflict) {
			throw conflict.refusal().with("current", response(conflict.current())).toException();
		}
		return response(((EditOutcome.Saved<CaseFile>) outcome).record());
	}

	/**
	 * Reads the history of a case: who changed which field of the case, its people and sources, and when.
	 *
	 * <p>Values of protected fields are never shown, only that they changed.
	 */
	@GetMapping("/{caseId}/history")
	List<HistoryEntry> readCaseHistory(CaseStanding standing) {
		return registry.history(standing);
	}

	private CaseResponse response(CaseFile caseFile) {
		return CaseResponse.of(caseFile, teams.find(caseFile.teamId()).orElse(null));
	}

}
