package org.vigil.law.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.PersonCategory;
import org.vigil.cases.PersonDirectory;
import org.vigil.cases.PersonEntry;
import org.vigil.cases.ReturnRisk;
import org.vigil.cases.VisibleCase;
import org.vigil.law.CaseLaw;
import org.vigil.law.CaseLegalFacts;
import org.vigil.law.Obligation;
import org.vigil.law.Obligations;
import org.vigil.whereabouts.TransferFact;
import org.vigil.whereabouts.WhereaboutsFacts;

/**
 * The obligations that apply in a case the viewer may see, worked out from what the case registry
 * and the whereabouts module publish: the state holding the people, the country they fear being
 * returned to, the states they are expected to be handed to on the way (chain return), and who they
 * are (the union of the persons' categories, which carry the same names as the engine's), and the
 * risks the case records they face if returned (the same names as the engine's too). Nothing
 * protected is read.
 */
@Component
class CaseObligations implements CaseLaw {

	private final Obligations obligations;

	private final PersonDirectory persons;

	private final WhereaboutsFacts whereabouts;

	CaseObligations(Obligations obligations, PersonDirectory persons, WhereaboutsFacts whereabouts) {
		this.obligations = obligations;
		this.persons = persons;
		this.whereabouts = whereabouts;
	}

	/** The standing says the viewer may see the case, so its whereabouts facts (checking nobody) may be read for it. */
	@Override
	public List<Obligation> obligations(CaseStanding standing, Locale locale) {
		return obligations.forFacts(facts(standing), locale);
	}

	@Override
	public CaseLegalFacts facts(CaseStanding standing) {
		VisibleCase visibleCase = standing.visibleCase();
		List<String> transferStates = standing.purged() ? List.of() : whereabouts.transferStates(visibleCase.id());
		return withHandovers(visibleCase, persons.persons(standing), handoverStates(visibleCase, transferStates));
	}

	@Override
	public CaseLegalFacts facts(VisibleCase visibleCase, List<PersonEntry> people, List<TransferFact> expectedTransfers) {
		return withHandovers(visibleCase, people, handovers(visibleCase, expectedTransfers));
	}

	private static CaseLegalFacts withHandovers(VisibleCase visibleCase, List<PersonEntry> people, List<String> handovers) {
		Set<CaseLegalFacts.Category> categories = EnumSet.noneOf(CaseLegalFacts.Category.class);
		for (PersonEntry person : people) {
			for (PersonCategory category : person.categories()) {
				categories.add(CaseLegalFacts.Category.valueOf(category.name()));
			}
		}
		Set<CaseLegalFacts.Risk> risks = EnumSet.noneOf(CaseLegalFacts.Risk.class);
		for (ReturnRisk risk : visibleCase.risks()) {
			risks.add(CaseLegalFacts.Risk.valueOf(risk.name()));
		}
		return new CaseLegalFacts(visibleCase.countryOfCustody(), visibleCase.countryOfFearedReturn(), handovers, categories, risks);
	}

	/**
	 * The third states of the expected transfers, the soonest first: the state a handover is to, or
	 * else the country of the place they are to be taken to. Moves within the custody state and the
	 * return itself are not handovers; beyond {@link CaseLegalFacts#MAX_HANDOVERS} the chain is cut
	 * (the first states are the ones an appeal can still reach in time).
	 */
	static List<String> handovers(VisibleCase visibleCase, List<TransferFact> expectedTransfers) {
		List<String> states = new ArrayList<>();
		for (TransferFact transfer : expectedTransfers) {
			String state = transfer.state();
			if (state != null) {
				states.add(state);
			}
		}
		return handoverStates(visibleCase, states);
	}

	/** The same from the states alone, the soonest first ({@link WhereaboutsFacts#transferStates}). */
	static List<String> handoverStates(VisibleCase visibleCase, List<String> transferStates) {
		List<String> states = new ArrayList<>();
		for (String state : transferStates) {
			String code = state.strip().toUpperCase(Locale.ROOT);
			if (!code.equalsIgnoreCase(visibleCase.countryOfCustody()) && !code.equalsIgnoreCase(visibleCase.countryOfFearedReturn())
					&& !states.contains(code) && states.size() < CaseLegalFacts.MAX_HANDOVERS) {
				states.add(code);
			}
		}
		return states;
	}

}
