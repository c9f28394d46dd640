package org.vigil.cases.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.internal.ApiModels.Created;
import org.vigil.cases.internal.ApiModels.PersonRequest;
import org.vigil.cases.internal.ApiModels.PersonResponse;
import org.vigil.platform.EditRule;

/** The persons of a case in the API; identities appear only while revealed to the caller. */
@RestController
@RequestMapping("/api/cases/{caseId}/persons")
class PersonsApiController {

	private final PersonRecords people;

	private final CurrentViewer viewers;

	PersonsApiController(PersonRecords people, CurrentViewer viewers) {
		this.people = people;
		this.viewers = viewers;
	}

	@GetMapping
	List<PersonResponse> persons(CaseStanding standing) {
		return people.persons(viewers.get(), standing).stream().map(PersonResponse::of).toList();
	}

	@PostMapping
	ResponseEntity<Created> record(CaseStanding standing, @Valid @RequestBody PersonRequest request) {
		PersonForms.checkCount(request.kind(), request.numberOfPersons());
		Person person = people.recordPerson(viewers.get(), standing, request.profile(), request.identity());
		return ResponseEntity.created(URI.create("/api/cases/" + standing.caseId() + "/persons/" + person.id()))
			.body(new Created(person.id(), null));
	}

	@GetMapping("/{personId}")
	PersonResponse person(CaseStanding standing, @PathVariable UUID personId) {
		return PersonResponse.of(people.person(viewers.get(), standing, personId));
	}

	@PutMapping("/{personId}")
	PersonResponse edit(CaseStanding standing, @PathVariable UUID personId, @Valid @RequestBody PersonRequest request) {
		if (request.version() == null) {
			throw EditRule.versionRequired().toException();
		}
		PersonForms.checkCount(request.kind(), request.numberOfPersons());
		EditOutcome<PersonView> outcome = people.editPerson(viewers.get(), standing, personId, request.profile(),
				request.identity(), request.version());
		if (outcome instanceof EditOutcome.Conflict<PersonView> conflict) {
			throw conflict.refusal().with("current", PersonResponse.of(conflict.current())).toException();
		}
		return PersonResponse.of(((EditOutcome.Saved<PersonView>) outcome).record());
	}

}
