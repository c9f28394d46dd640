package org.vigil.cases;

/**
 * What may be said of a person in a public statement, and what decides which protections the law
 * gives them: the law module reads these to work out a state's obligations towards the person (a
 * child's best interests, non-refoulement of a refugee). Not protected — never a name or a place —
 * but recorded only as far as the organisation would say it openly. A person may be in several.
 */
public enum PersonCategory {

	/** Under 18: the Convention on the Rights of the Child applies, with the child's best interests first. */
	CHILD,

	/** A woman or girl: the protections against gender-based violence (CEDAW) apply, on return too. */
	WOMAN,

	/** Has asked for protection as a refugee, or would if allowed to: the ban on refoulement applies already. */
	ASYLUM_SEEKER,

	/** Recognised as a refugee by a state or by UNHCR (1951 Convention and its 1967 Protocol). */
	RECOGNISED_REFUGEE,

	/** Held by no state as its national (1954 Convention): no consulate speaks for them. */
	STATELESS,

	/** Defends human rights (UN Declaration on Human Rights Defenders): often held for that work itself. */
	HUMAN_RIGHTS_DEFENDER,

	/** Works as a journalist: detention for reporting engages the freedom of expression. */
	JOURNALIST,

	/**
	 * Was forcibly returned before: a second return is known to bring harsher punishment (for
	 * North Koreans caught after a first repatriation, prison camps rather than labour training).
	 */
	PREVIOUSLY_RETURNED

}
