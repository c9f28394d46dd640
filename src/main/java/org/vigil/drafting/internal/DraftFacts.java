package org.vigil.drafting.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.vigil.cases.PersonCategory;
import org.vigil.cases.PersonEntry;
import org.vigil.cases.VisibleCase;
import org.vigil.directory.Authority;
import org.vigil.law.Obligation;
import org.vigil.law.RiskProfile;
import org.vigil.urgency.UrgencyExplanations.Explained;
import org.vigil.whereabouts.CaseWhereabouts;

/**
 * Everything a letter about a case says, gathered from the modules that know it — never an identity,
 * unless a drafter to whom they are revealed asks for the people's names.
 *
 * @param people the persons of the case, by public label
 * @param names the names of the persons, by {@link PersonEntry#id()}, when the letter names them; empty otherwise
 * @param urgency the case's urgency and its reasons in the letter's language, if assessed
 * @param obligations the obligations of the states concerned, in the letter's language, strongest first
 * @param risks the risk profile of the country of feared return, if Vigil holds one
 * @param kmToBorder for each place of the timeline (by {@link org.vigil.whereabouts.PlaceRef#label()}), how far
 *        it is from the border of the country of feared return
 */
record DraftFacts(VisibleCase visibleCase, List<PersonEntry> people, Map<UUID, String> names, CaseWhereabouts whereabouts,
		Optional<Explained> urgency, List<Obligation> obligations, Optional<RiskProfile> risks, List<Authority> addressees,
		List<Authority> copies, Map<String, Double> kmToBorder) {

	DraftFacts {
		people = List.copyOf(people);
		names = Map.copyOf(names);
		obligations = List.copyOf(obligations);
		addressees = List.copyOf(addressees);
		copies = List.copyOf(copies);
		kmToBorder = Map.copyOf(kmToBorder);
	}

	boolean hasChildren() {
		return people.stream().anyMatch(p -> p.categories().contains(PersonCategory.CHILD));
	}

	/** Whether the letter names the people, and so says that it holds identities. */
	boolean namesPeople() {
		return !names.isEmpty();
	}

	int numberOfPersons() {
		return people.stream().mapToInt(PersonEntry::numberOfPersons).sum();
	}

}
