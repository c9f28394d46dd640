package org.vigil.cases.internal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.cases.internal.ApiModels.PersonResponse;

/**
 * "Is this person already recorded?" — exact lookup of a name (in any script, any order of its
 * parts) through blind-index tokens, among the cases the viewer may see. A POST, so that the name
 * asked for never appears in a URL or an access log.
 */
@RestController
class PersonLookupApiController {

	/** A name to look for. */
	public record Lookup(@NotBlank @Size(max = 500) String name) {
	}

	private final PersonRecords people;

	private final CurrentViewer viewers;

	PersonLookupApiController(PersonRecords people, CurrentViewer viewers) {
		this.people = people;
		this.viewers = viewers;
	}

	/**
	 * Looks a person up by name among the cases the caller may see: is this person already recorded?
	 *
	 * <p>The name matches in any script and any order of its parts, through keyed blind indexes: nothing is decrypted to
	 * answer. The name travels in the body, never in a URL.
	 */
	@PostMapping("/api/persons/lookup")
	List<PersonResponse> lookUpPerson(@Valid @RequestBody Lookup lookup) {
		return people.findByName(viewers.get(), lookup.name()).stream().map(PersonResponse::of).toList();
	}

}
