package org.vigil.cases;

import java.util.Set;
import java.util.UUID;

import org.vigil.vault.KeyScope;

/**
 * A person of a case as another module sees it: who they are to the case, by public label only.
 *
 * @param numberOfPersons 1 for an individual; how many a group counts
 * @param keyScope the key that seals the person's identity (the person's own, so that they can be
 *        purged alone); a module that seals something about this person with it loses it when the
 *        person is purged, as it should
 */
public record PersonEntry(UUID id, UUID caseId, PersonKind kind, String publicLabel, int numberOfPersons, PersonRole role,
		Set<PersonCategory> categories, KeyScope keyScope) {

	public PersonEntry {
		categories = categories == null ? Set.of() : Set.copyOf(categories);
	}

}
