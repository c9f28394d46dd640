package org.vigil.cases.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Reauthentication;
import org.vigil.accounts.Team;
import org.vigil.accounts.Teams;
import org.vigil.accounts.UserDirectory;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.Priority;
import org.vigil.cases.internal.ApiModels.CasePage;
import org.vigil.cases.internal.ApiModels.CaseRequest;
import org.vigil.cases.internal.ApiModels.CaseResponse;
import org.vigil.cases.internal.ApiModels.Created;
import org.vigil.cases.internal.ApiModels.PersonRequest;
import org.vigil.cases.internal.ApiModels.PersonResponse;
import org.vigil.cases.internal.ApiModels.RevealRequest;
import org.vigil.cases.internal.ApiModels.ShareRequest;
import org.vigil.cases.internal.ApiModels.SourceRequest;
import org.vigil.cases.internal.ApiModels.SourceResponse;
import org.vigil.platform.EditRule;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;

/** The cases API: the same rules as the case pages, in JSON. */
@RestController
@RequestMapping("/api/cases")
class CasesApiController {

	private final CaseRegistry registry;

	private final PersonRecords people;

	private final SourceRecords sourceRecords;

	private final IdentityReveals reveals;

	private final CurrentViewer viewers;

	private final Teams teams;

	private final UserDirectory users;

	private final Reauthentication reauthentication;

	CasesApiController(CaseRegistry registry, PersonRecords people, SourceRecords sourceRecords, IdentityReveals reveals, CurrentViewer viewers, Teams teams, UserDirectory users,
			Reauthentication reauthentication) {
		this.registry = registry;
		this.people = people;
		this.sourceRecords = sourceRecords;
		this.reveals = reveals;
		this.viewers = viewers;
		this.teams = teams;
		this.users = users;
		this.reauthentication = reauthentication;
	}

	@GetMapping
	CasePage list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Priority priority,
			@RequestParam(required = false) String country, @RequestParam(required = false) UUID team,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
			@RequestParam(defaultValue = "updated") String sort) {
		Viewer viewer = viewers.get();
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), CaseSorts.parse(sort));
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
	CaseResponse show(@PathVariable UUID caseId) {
		CaseFile found = registry.view(viewers.get(), caseId);
		return CaseResponse.of(found, teams.find(found.teamId()).orElse(null));
	}

	@PutMapping("/{caseId}")
	ResponseEntity<?> edit(@PathVariable UUID caseId, @Valid @RequestBody CaseRequest request) {
		Viewer viewer = viewers.get();
		registry.find(viewer, caseId);
		if (request.version() == null) {
			throw EditRule.versionRequired().toException();
		}
		EditOutcome<CaseFile> outcome = registry.edit(viewer, caseId, request.details(), request.version());
		if (outcome instanceof EditOutcome.Conflict<CaseFile> conflict) {
			throw conflict(conflict, CaseResponse.of(conflict.current(), teams.find(conflict.current().teamId()).orElse(null)));
		}
		CaseFile saved = ((EditOutcome.Saved<CaseFile>) outcome).record();
		return ResponseEntity.ok(CaseResponse.of(saved, teams.find(saved.teamId()).orElse(null)));
	}

	@GetMapping("/{caseId}/persons")
	List<PersonResponse> persons(@PathVariable UUID caseId) {
		return people.persons(viewers.get(), caseId).stream().map(PersonResponse::of).toList();
	}

	@PostMapping("/{caseId}/persons")
	ResponseEntity<Created> recordPerson(@PathVariable UUID caseId, @Valid @RequestBody PersonRequest request) {
		Viewer viewer = viewers.get();
		registry.find(viewer, caseId);
		PersonForms.checkCount(request.kind(), request.numberOfPersons());
		Person person = people.recordPerson(viewer, caseId, request.profile(), request.identity());
		return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/persons/" + person.id()))
			.body(new Created(person.id(), null));
	}

	@GetMapping("/{caseId}/persons/{personId}")
	PersonResponse person(@PathVariable UUID caseId, @PathVariable UUID personId) {
		return PersonResponse.of(people.person(viewers.get(), caseId, personId));
	}

	@PutMapping("/{caseId}/persons/{personId}")
	ResponseEntity<?> editPerson(@PathVariable UUID caseId, @PathVariable UUID personId,
			@Valid @RequestBody PersonRequest request) {
		Viewer viewer = viewers.get();
		people.person(viewer, caseId, personId);
		if (request.version() == null) {
			throw EditRule.versionRequired().toException();
		}
		PersonForms.checkCount(request.kind(), request.numberOfPersons());
		EditOutcome<PersonView> outcome = people.editPerson(viewer, caseId, personId, request.profile(), request.identity(),
				request.version());
		if (outcome instanceof EditOutcome.Conflict<PersonView> conflict) {
			throw conflict(conflict, PersonResponse.of(conflict.current()));
		}
		return ResponseEntity.ok(PersonResponse.of(((EditOutcome.Saved<PersonView>) outcome).record()));
	}

	@GetMapping("/{caseId}/sources")
	List<SourceResponse> sources(@PathVariable UUID caseId) {
		return sourceRecords.sources(viewers.get(), caseId).stream().map(SourceResponse::of).toList();
	}

	@PostMapping("/{caseId}/sources")
	ResponseEntity<Created> recordSource(@PathVariable UUID caseId, @Valid @RequestBody SourceRequest request) {
		Source source = sourceRecords.recordSource(viewers.get(), caseId, request.details());
		return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/sources/" + source.id()))
			.body(new Created(source.id(), null));
	}

	@GetMapping("/{caseId}/sources/{sourceId}")
	SourceResponse source(@PathVariable UUID caseId, @PathVariable UUID sourceId) {
		return SourceResponse.of(sourceRecords.source(viewers.get(), caseId, sourceId));
	}

	@GetMapping("/{caseId}/history")
	List<HistoryEntry> history(@PathVariable UUID caseId) {
		return registry.history(viewers.get(), caseId);
	}

	@PostMapping("/{caseId}/shares")
	ResponseEntity<Void> share(@PathVariable UUID caseId, @Valid @RequestBody ShareRequest request) {
		UUID userId = users.findEnabledUser(request.username())
			.orElseThrow(() -> Refusal.onField(CaseRule.UNKNOWN_USER, "username").toException());
		registry.share(viewers.get(), caseId, userId, request.expiresAt());
		return ResponseEntity.noContent().build();
	}

	/**
	 * Reveals the identities of the case to the caller for a while. API calls carry no session, so
	 * the password is always asked for, with the reason.
	 */
	@PostMapping("/{caseId}/reveal")
	ResponseEntity<Map<String, Object>> reveal(@PathVariable UUID caseId, @Valid @RequestBody RevealRequest request) {
		if (!reauthentication.confirmPassword(request.password().toCharArray())) {
			throw Refusal.onField(CaseRule.WRONG_PASSWORD, "password").toException();
		}
		return ResponseEntity.ok(Map.of("revealedUntil", reveals.revealIdentities(viewers.get(), caseId, request.reason())));
	}

	@PostMapping("/{caseId}/identity-grants")
	ResponseEntity<Void> grantIdentityPermission(@PathVariable UUID caseId, @Valid @RequestBody ShareRequest request) {
		UUID userId = users.findEnabledUser(request.username())
			.orElseThrow(() -> Refusal.onField(CaseRule.UNKNOWN_USER, "username").toException());
		reveals.grantIdentityPermission(viewers.get(), caseId, userId, request.expiresAt());
		return ResponseEntity.noContent().build();
	}

	/** A stale edit, answered by platform with the record as it is now. */
	private static Refused conflict(EditOutcome.Conflict<?> conflict, Object current) {
		return conflict.refusal().with("current", current).toException();
	}

}
