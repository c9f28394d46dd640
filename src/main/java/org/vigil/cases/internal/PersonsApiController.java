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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
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

	/** Lists the people of a case, by their public labels; identities only while revealed to the caller. */
	@GetMapping
	List<PersonResponse> listPersons(CaseStanding standing) {
		return people.persons(viewers.get(), standing).stream().map(PersonResponse::of).toList();
	}

	/**
	 * Records a person, or a group of people counted together, in a case.
	 *
	 * <p>A group ({@code kind} {@code GROUP}) says how many people it counts ({@code numberOfPersons}): "five refugees"
	 * can be one record until names are known. The name and other identity fields are encrypted with the case's key;
	 * the public label is what everyone else sees.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Created> recordPerson(CaseStanding standing, @Valid @RequestBody PersonRequest request) {
		PersonForms.checkCount(request.kind(), request.numberOfPersons());
		Person person = people.recordPerson(viewers.get(), standing, request.profile(), request.identity());
		return ResponseEntity.created(URI.create("/api/cases/" + standing.caseId() + "/persons/" + person.id()))
			.body(new Created(person.id(), null));
	}

	/** Reads one person of a case; the identity only while revealed to the caller. */
	@GetMapping("/{personId}")
	PersonResponse readPerson(CaseStanding standing, @PathVariable UUID personId) {
		return PersonResponse.of(people.person(viewers.get(), standing, personId));
	}

	/**
	 * Edits a person, with the {@code version} read.
	 *
	 * <p>Identity fields can be changed only while revealed to the caller; a purged person's identity cannot be written.
	 */
	@PutMapping("/{personId}")
	PersonResponse editPerson(CaseStanding standing, @PathVariable UUID personId, @Valid @RequestBody PersonRequest request) {
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
