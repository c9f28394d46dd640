package org.vigil.law;

import java.util.List;
import java.util.Locale;

/**
 * The obligations engine: for the facts of a case, the obligations that apply, each naming the state
 * it binds, its basis and strength, and whether it rests on unverified facts. A treaty a state is not
 * party to is never listed as binding on it; a signed one is listed as good faith (VCLT art. 18);
 * every state is bound by the customary rule of non-refoulement.
 */
public interface Obligations {

	/** The obligations, strongest and most specific first, with their basis in English. */
	default List<Obligation> forFacts(CaseLegalFacts facts) {
		return forFacts(facts, Locale.ENGLISH);
	}

	/** The obligations, with their basis in the given language (English, Korean or Chinese). */
	List<Obligation> forFacts(CaseLegalFacts facts, Locale locale);

}
