package org.vigil.law.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.PersonCategory;
import org.vigil.cases.PersonDirectory;
import org.vigil.cases.PersonEntry;
import org.vigil.cases.VisibleCase;
import org.vigil.law.CaseLegalFacts;
import org.vigil.law.Obligation;
import org.vigil.law.Obligations;

/**
 * The obligations that apply in a case the viewer may see, worked out from what the case registry
 * publishes: the state holding the people, the country they fear being returned to, and who they
 * are (the union of the persons' categories, which carry the same names as the engine's). Nothing
 * protected is read; risks are not recorded per case yet.
 */
@Component
class CaseObligations {

	private final Obligations obligations;

	private final PersonDirectory persons;

	CaseObligations(Obligations obligations, PersonDirectory persons) {
		this.obligations = obligations;
		this.persons = persons;
	}

	List<Obligation> of(CaseStanding standing, Locale locale) {
		return obligations.forFacts(facts(standing.visibleCase(), persons.persons(standing)), locale);
	}

	static CaseLegalFacts facts(VisibleCase visibleCase, List<PersonEntry> people) {
		Set<CaseLegalFacts.Category> categories = EnumSet.noneOf(CaseLegalFacts.Category.class);
		for (PersonEntry person : people) {
			for (PersonCategory category : person.categories()) {
				categories.add(CaseLegalFacts.Category.valueOf(category.name()));
			}
		}
		// TODO: the handovers come from the whereabouts module once it lands: the receivingState of
		// each of WhereaboutsFacts.of(caseId).expectedTransfers(), in order, passed as handovers.
		List<String> handovers = List.of();
		return new CaseLegalFacts(visibleCase.countryOfCustody(), visibleCase.countryOfFearedReturn(), handovers, categories, Set.of());
	}

}
