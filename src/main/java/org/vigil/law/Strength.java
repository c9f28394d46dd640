package org.vigil.law;

/** How strongly an obligation binds the state it names, strongest first. */
public enum Strength {

	/** Binding, and no exception or derogation can justify breaking it (e.g. CAT art. 3). */
	ABSOLUTE,
	/** Binding as treaty law or customary law, with the exceptions the rule itself allows. */
	BINDING,
	/** Signed, not ratified: the state must not defeat the treaty's object and purpose (VCLT art. 18). */
	GOOD_FAITH,
	/** What a treaty body, a commission of inquiry or UNHCR asked of the state: persuasive, not binding. */
	RECOMMENDATION

}
