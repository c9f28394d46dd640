package org.vigil.law;

import java.util.List;
import java.util.Locale;

import org.vigil.cases.CaseStanding;
import org.vigil.cases.PersonEntry;
import org.vigil.cases.VisibleCase;
import org.vigil.whereabouts.TransferFact;

/**
 * The law as it applies to one case: the legal facts the obligations engine reads of it — the state
 * holding the people, the country they fear being returned to, the third states of the handovers
 * expected on the way (chain return), who the people are — and the obligations that follow. Read
 * from what the case registry and the whereabouts module publish; nothing protected. A letter about
 * the case states the same obligations as the case page.
 */
public interface CaseLaw {

	/** The legal facts of a case the viewer may see (the request's standing was checked). */
	CaseLegalFacts facts(CaseStanding standing);

	/**
	 * The same, from what the caller has already read of the case: its persons (as the case registry
	 * lists them) and the transfers expected (as whereabouts lists them, soonest first).
	 */
	CaseLegalFacts facts(VisibleCase visibleCase, List<PersonEntry> people, List<TransferFact> expectedTransfers);

	/** The obligations that apply in a case the viewer may see, strongest first, their basis in the language given. */
	List<Obligation> obligations(CaseStanding standing, Locale locale);

}
